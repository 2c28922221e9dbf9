package dev.penny.core.feedback;

/** Feedback that cannot be taken, and why; nothing was stored. */
public final class FeedbackRefused extends RuntimeException {

    /** Why feedback was refused. */
    public enum Reason {
        /** The turn is not a bot answer of this conversation. */
        NOT_A_BOT_ANSWER,
        /** A rating outside 1–5, or a comment too long. */
        INVALID_FEEDBACK,
        /** The conversation had no agent, so there is nothing to rate. */
        NOTHING_TO_RATE
    }

    private final Reason reason;

    FeedbackRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
