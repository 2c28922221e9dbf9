package dev.penny.core.conversation;

import java.util.regex.Pattern;

/**
 * Identifies one conversation between a visitor and Penny, across reconnects.
 *
 * <p>The widget keeps this id and resumes with it, so it is an unguessable random token rather than a counter; it is
 * never the transport's session id. The format (22 characters of {@code [A-Za-z0-9_-]}) is safe in URLs, JSON and
 * Redis keys, where it appears inside braces.
 *
 * @param value the token, as returned by {@link #random()}
 */
public record ConversationId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{22}");

    public ConversationId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("a conversation id is 22 characters of [A-Za-z0-9_-]");
        }
    }

    /** A new, unguessable id. */
    public static ConversationId random() {
        return new ConversationId(RandomTokens.next());
    }

    /** True when {@code text} is a well-formed id, so a channel can reject bad input without catching. */
    public static boolean isValid(String text) {
        return text != null && FORMAT.matcher(text).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
