package dev.penny.core.handoff;

import dev.penny.core.conversation.ConversationId;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A message a visitor left for the support team when no agent was online, to be answered by email.
 *
 * @param conversationId the conversation it was left from, so the agent can read the transcript
 * @param email where to answer; must look like an address, at most 254 characters
 * @param text what the visitor wants, not blank
 * @param at when it was left
 */
public record LeftMessage(ConversationId conversationId, String email, String text, Instant at) {

    // Deliberately loose: a typo'd address is the visitor's to fix, and strict address grammar rejects real ones.
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");
    // The longest address SMTP allows; checked first, since the pattern backtracks quadratically on long input.
    static final int MAX_EMAIL_LENGTH = 254;

    public LeftMessage {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(at, "at");
        email = email == null ? "" : email.strip();
        if (email.length() > MAX_EMAIL_LENGTH) {
            throw new IllegalArgumentException("an email address has at most " + MAX_EMAIL_LENGTH + " characters");
        }
        if (!EMAIL.matcher(email).matches()) {
            throw new IllegalArgumentException("not an email address: " + email);
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a left message needs text");
        }
    }

    /** Whether this message was left with {@code address}, compared ignoring case and surrounding spaces. */
    public boolean sentFrom(String address) {
        return address != null && email.equalsIgnoreCase(address.strip());
    }

    /** Whether {@code text} looks like an email address, as a left message's must. */
    public static boolean isEmail(String text) {
        return text != null
                && text.strip().length() <= MAX_EMAIL_LENGTH
                && EMAIL.matcher(text.strip()).matches();
    }
}
