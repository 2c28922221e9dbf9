package dev.penny.core.analytics;

import dev.penny.core.conversation.ConversationId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link AnalyticsCounters} in this process. A bucket is dropped once its retention, counted from its start, has
 * passed; conversation marks {@code conversationTtl} after they were set.
 */
public final class InMemoryAnalyticsCounters implements AnalyticsCounters {

    private final Clock clock;
    private final Map<Granularity, Duration> kept;
    private final Duration conversationTtl;
    private final Map<Granularity, Map<Instant, Map<String, Map<String, Long>>>> buckets = new HashMap<>();
    private final Map<String, Instant> marks = new HashMap<>();

    /**
     * @param hoursKept how long an hourly bucket is kept after its start
     * @param daysKept how long a daily bucket is kept after its start
     * @param conversationTtl how long a conversation's marks are kept
     */
    public InMemoryAnalyticsCounters(Clock clock, Duration hoursKept, Duration daysKept, Duration conversationTtl) {
        this.clock = clock;
        this.kept = Map.of(Granularity.HOUR, hoursKept, Granularity.DAY, daysKept);
        this.conversationTtl = conversationTtl;
    }

    @Override
    public synchronized void add(Instant at, String catalogVersion, Map<String, Long> deltas) {
        for (Granularity granularity : Granularity.values()) {
            Instant start = granularity.start(at);
            if (expired(granularity, start)) {
                continue;
            }
            Map<Instant, Map<String, Map<String, Long>>> byStart =
                    buckets.computeIfAbsent(granularity, g -> new HashMap<>());
            if (!byStart.containsKey(start)) {
                // a new hour or day: the time to drop those past their retention
                byStart.keySet().removeIf(old -> expired(granularity, old));
            }
            Map<String, Long> counts = byStart.computeIfAbsent(start, s -> new HashMap<>())
                    .computeIfAbsent(catalogVersion, v -> new HashMap<>());
            deltas.forEach((measure, delta) -> counts.merge(measure, delta, Long::sum));
        }
    }

    @Override
    public synchronized boolean firstTime(ConversationId id, String mark) {
        Instant now = clock.instant();
        marks.values().removeIf(until -> !now.isBefore(until));
        return marks.putIfAbsent(id.value() + "|" + mark, now.plus(conversationTtl)) == null;
    }

    @Override
    public synchronized void erase(ConversationId id) {
        marks.keySet().removeIf(key -> key.startsWith(id.value() + "|"));
    }

    @Override
    public synchronized List<CountedBucket> buckets(Granularity granularity, Instant from, Instant to) {
        List<CountedBucket> out = new ArrayList<>();
        Map<Instant, Map<String, Map<String, Long>>> byStart = buckets.getOrDefault(granularity, Map.of());
        for (Instant start = granularity.start(from); start.isBefore(to); start = start.plus(granularity.length())) {
            if (start.isBefore(from)) {
                continue;
            }
            Map<String, Map<String, Long>> counts = expired(granularity, start) ? null : byStart.get(start);
            out.add(new CountedBucket(granularity, start, counts == null ? Map.of() : counts));
        }
        return out;
    }

    private boolean expired(Granularity granularity, Instant start) {
        return !clock.instant().isBefore(start.plus(kept.get(granularity)));
    }
}
