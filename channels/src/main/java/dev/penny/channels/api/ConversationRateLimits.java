package dev.penny.channels.api;

import dev.penny.channels.visitor.RateLimit;
import dev.penny.core.conversation.ConversationId;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A token bucket per conversation, as the widget has per connection: a bridge carries many visitors, so limiting the
 * bridge as a whole would let one visitor's flood silence the others. The newest {@link #MAX_KEPT} conversations'
 * buckets are kept; an older conversation starts again with a full bucket.
 */
final class ConversationRateLimits {

    static final int MAX_KEPT = 100_000;

    private final Clock clock;
    private final int burst;
    private final Duration period;
    private final Map<ConversationId, RateLimit> buckets = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ConversationId, RateLimit> eldest) {
            return size() > MAX_KEPT;
        }
    };

    ConversationRateLimits(Clock clock, int burst, Duration period) {
        this.clock = clock;
        this.burst = burst;
        this.period = period;
    }

    /** Takes a token for one message of the conversation; false when none is left. */
    boolean tryAcquire(ConversationId id) {
        RateLimit bucket;
        synchronized (buckets) {
            bucket = buckets.computeIfAbsent(id, k -> new RateLimit(clock, burst, period));
        }
        return bucket.tryAcquire();
    }

    /** How long a refused sender should wait before posting again. */
    Duration retryAfter() {
        return period.dividedBy(burst);
    }
}
