package dev.penny.core.analytics;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The counts of one hour or day, split by the catalog version served when each was counted.
 *
 * @param granularity hour or day
 * @param start when the bucket begins (UTC)
 * @param byVersion catalog version label, e.g. {@code v3}: measure ({@link Measures}): count; measures never counted
 *     are absent
 */
public record CountedBucket(Granularity granularity, Instant start, Map<String, Map<String, Long>> byVersion) {

    public CountedBucket {
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(start, "start");
        Map<String, Map<String, Long>> copy = new TreeMap<>();
        byVersion.forEach((version, counts) -> {
            Map<String, Long> kept = new TreeMap<>();
            counts.forEach((measure, count) -> {
                if (count != 0) {
                    kept.put(measure, count);
                }
            });
            if (!kept.isEmpty()) {
                copy.put(version, Map.copyOf(kept));
            }
        });
        byVersion = Map.copyOf(copy);
    }

    /** A measure summed over the catalog versions. */
    public long total(String measure) {
        return byVersion.values().stream()
                .mapToLong(counts -> counts.getOrDefault(measure, 0L))
                .sum();
    }

    /** Every measure summed over the catalog versions. */
    public Map<String, Long> totals() {
        Map<String, Long> totals = new TreeMap<>();
        byVersion
                .values()
                .forEach(counts -> counts.forEach((measure, count) -> totals.merge(measure, count, Long::sum)));
        return totals;
    }

    /** A measure of one catalog version, 0 when not counted. */
    public long of(String version, String measure) {
        return byVersion.getOrDefault(version, Map.of()).getOrDefault(measure, 0L);
    }
}
