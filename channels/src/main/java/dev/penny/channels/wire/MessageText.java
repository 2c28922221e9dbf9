package dev.penny.channels.wire;

/** The rules every typed message follows, visitor's or agent's. */
public final class MessageText {

    private MessageText() {}

    /** The text, if it is neither blank nor longer than {@code maxChars}; otherwise the refusal. */
    public static String check(String text, int maxChars) {
        if (text == null || text.isBlank()) {
            throw new BadFrame(ErrorCode.EMPTY_MESSAGE, "the message has no text");
        }
        if (text.length() > maxChars) {
            throw new BadFrame(
                    ErrorCode.MESSAGE_TOO_LONG,
                    "the message has " + text.length() + " characters; at most " + maxChars + " are accepted");
        }
        return text;
    }
}
