package dev.penny.channels.analytics;

import dev.penny.core.analytics.AnalyticsCounters;
import dev.penny.core.analytics.CountedBucket;
import dev.penny.core.analytics.Granularity;
import dev.penny.core.analytics.Measures;
import dev.penny.core.conversation.ConversationId;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counters that also count into the Micrometer meter {@code penny.analytics} (tags {@code measure} and {@code
 * catalog_version}), so {@code /actuator/prometheus} shows what the analytics page shows, this node's share of it.
 * Prometheus counters only grow: a count taken back (a visitor changing a thumb) is counted in {@code
 * <measure>-taken-back}. Per-intent measures stay on the page, as one series per intent would swamp a Prometheus.
 */
final class MeteredAnalyticsCounters implements AnalyticsCounters {

    static final String METER = "penny.analytics";

    private final AnalyticsCounters counters;
    private final MeterRegistry registry;
    private final Map<String, Counter> meters = new ConcurrentHashMap<>();

    MeteredAnalyticsCounters(AnalyticsCounters counters, MeterRegistry registry) {
        this.counters = counters;
        this.registry = registry;
    }

    @Override
    public void add(Instant at, String catalogVersion, Map<String, Long> deltas) {
        counters.add(at, catalogVersion, deltas);
        deltas.forEach((measure, delta) -> {
            if (delta == 0 || Measures.perIntent(measure)) {
                return;
            }
            String name = delta > 0 ? measure : measure + "-taken-back";
            meters.computeIfAbsent(
                            catalogVersion + "|" + name,
                            key -> Counter.builder(METER)
                                    .description("What the analytics page counts, by measure and catalog version")
                                    .tag("measure", name)
                                    .tag("catalog_version", catalogVersion)
                                    .register(registry))
                    .increment(Math.abs(delta));
        });
    }

    @Override
    public boolean firstTime(ConversationId id, String mark) {
        return counters.firstTime(id, mark);
    }

    @Override
    public void erase(ConversationId id) {
        counters.erase(id);
    }

    @Override
    public List<CountedBucket> buckets(Granularity granularity, Instant from, Instant to) {
        return counters.buckets(granularity, from, to);
    }
}
