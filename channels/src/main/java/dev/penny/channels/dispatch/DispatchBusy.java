package dev.penny.channels.dispatch;

import java.time.Duration;

/**
 * A message was not accepted: the dispatch queue or the announcer's backlog is full, or this node is shutting down.
 * Nothing of it was stored; the client sends it again, with the same id, after {@link #retryAfter()}.
 */
public final class DispatchBusy extends RuntimeException {

    private final Duration retryAfter;

    DispatchBusy(String message, Duration retryAfter) {
        super(message, null, false, false);
        this.retryAfter = retryAfter;
    }

    /** How long the client should wait before sending the message again; a hint, to be spread with jitter. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
