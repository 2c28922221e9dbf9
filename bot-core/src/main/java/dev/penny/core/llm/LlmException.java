package dev.penny.core.llm;

import java.util.Objects;

/** An LLM call that produced no answer. The bot hands the conversation off to a person instead. */
public final class LlmException extends Exception {

    /** Why the call failed, for the decision's reason and for metrics. */
    public enum Failure {
        /** The provider did not answer within the client's time limit. */
        TIMEOUT,
        /** No LLM is configured, or the provider refused service (quota, authentication, outage). */
        UNAVAILABLE,
        /** Anything else: a malformed response, an unexpected status. */
        ERROR
    }

    private final Failure failure;

    public LlmException(Failure failure, String message, Throwable cause) {
        super(message, cause);
        this.failure = Objects.requireNonNull(failure, "failure");
    }

    public LlmException(Failure failure, String message) {
        this(failure, message, null);
    }

    public Failure failure() {
        return failure;
    }
}
