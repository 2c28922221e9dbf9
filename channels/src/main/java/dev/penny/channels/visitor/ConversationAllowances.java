package dev.penny.channels.visitor;

import dev.penny.core.conversation.ConversationId;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per conversation on this node, for what one conversation may do a few times only (leave a message for
 * the team). Entries idle for longer than the refill period are dropped once the map grows, so many conversations
 * cannot fill the heap; a dropped entry was full again anyway.
 */
final class ConversationAllowances {

    private static final int PRUNE_ABOVE = 10_000;

    private final Clock clock;
    private final int burst;
    private final Duration period;
    private final Map<ConversationId, Allowance> allowances = new ConcurrentHashMap<>();

    ConversationAllowances(Clock clock, int burst, Duration period) {
        this.clock = clock;
        this.burst = burst;
        this.period = period;
    }

    /** Takes one of the conversation's allowance; false when none is left. */
    boolean tryAcquire(ConversationId id) {
        long now = clock.millis();
        if (allowances.size() > PRUNE_ABOVE) {
            allowances.values().removeIf(a -> now - a.lastUsed > period.toMillis());
        }
        Allowance allowance = allowances.computeIfAbsent(id, i -> new Allowance(new RateLimit(clock, burst, period)));
        allowance.lastUsed = now;
        return allowance.bucket.tryAcquire();
    }

    private static final class Allowance {
        private final RateLimit bucket;
        private volatile long lastUsed;

        Allowance(RateLimit bucket) {
            this.bucket = bucket;
        }
    }
}
