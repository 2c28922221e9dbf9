package dev.penny.core.conversation;

import java.util.regex.Pattern;

/**
 * Identifies one turn within a conversation.
 *
 * <p>Visitor turns keep the id the widget chose, so a message re-sent after a reconnect is recognised and stored once;
 * Penny makes random ids for its own turns. A client resumes by naming the last id it has seen.
 *
 * @param value 1 to 64 characters of {@code [A-Za-z0-9_-]} (a UUID fits)
 */
public record MessageId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public MessageId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("a message id is 1 to 64 characters of [A-Za-z0-9_-]");
        }
    }

    /** A new random id, for turns Penny writes. */
    public static MessageId random() {
        return new MessageId(RandomTokens.next());
    }

    /** True when {@code text} is a well-formed id. */
    public static boolean isValid(String text) {
        return text != null && FORMAT.matcher(text).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
