package dev.penny.channels.wire;

import dev.penny.core.engine.VisitorMessage;

/** The rules every typed message follows, visitor's or agent's. */
public final class MessageText {

    private MessageText() {}

    /**
     * The longest frame that can carry a legal message of {@code maxChars}: every character escaped ({@code \\uXXXX},
     * six characters), plus room for the envelope.
     */
    public static int largestFrameChars(int maxChars) {
        return 6 * maxChars + 4096;
    }

    /** The longest legal frame of either socket: a message of the engine's longest text. */
    public static int largestFrameChars() {
        return largestFrameChars(VisitorMessage.MAX_LENGTH);
    }

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
