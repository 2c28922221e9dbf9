package dev.penny.channels.visitor;

import java.time.Clock;
import java.time.Duration;

/**
 * A token bucket: a burst of {@code capacity} messages, refilled at {@code capacity} per {@code period}. One per
 * connection, so a visitor typing quickly is never limited but a script flooding the bot is.
 */
public final class RateLimit {

    private final Clock clock;
    private final int capacity;
    private final long nanosPerToken;
    private long available;
    private long refilledAtNanos;

    public RateLimit(Clock clock, int capacity, Duration period) {
        this.clock = clock;
        this.capacity = capacity;
        this.nanosPerToken = Math.max(1, period.toNanos() / capacity);
        this.available = capacity;
        this.refilledAtNanos = nanos();
    }

    /** Takes a token; false when none is left, and the message must be refused. */
    public synchronized boolean tryAcquire() {
        long now = nanos();
        long earned = (now - refilledAtNanos) / nanosPerToken;
        if (earned > 0) {
            available = Math.min(capacity, available + earned);
            refilledAtNanos = available == capacity ? now : refilledAtNanos + earned * nanosPerToken;
        }
        if (available == 0) {
            return false;
        }
        available--;
        return true;
    }

    private long nanos() {
        var instant = clock.instant();
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
