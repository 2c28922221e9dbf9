package dev.penny.channels.analytics;

import dev.penny.core.analytics.CountedBucket;
import dev.penny.core.analytics.Measures;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code GET /api/analytics} answers: the figures of every bucket of the range, of the whole range, each also by
 * catalog version, and the intents and missed questions that stood out.
 *
 * @param topIntents the intents answered from the FAQ most often in the range
 * @param mostThumbsDown the intents whose FAQ answers got the most thumbs down in the range
 * @param missedGroups the largest groups of recent questions the FAQ could not answer, as the editor's Suggestions tab
 *     groups them (not limited to the range: missed questions are kept {@code penny.learning.retention})
 */
record AnalyticsReport(
        String granularity,
        Instant from,
        Instant to,
        List<BucketFigures> buckets,
        Figures totals,
        Map<String, Figures> byVersion,
        List<Ranked> topIntents,
        List<Ranked> mostThumbsDown,
        List<MissedGroup> missedGroups) {

    static final int TOP = 10;

    /** One hour or day. */
    record BucketFigures(Instant start, Figures figures, Map<String, Figures> byVersion) {}

    /** An intent and its count. */
    record Ranked(String intent, long count) {}

    /** A group of missed questions. */
    record MissedGroup(String representative, int count, String kind, String nearestIntent) {}

    static AnalyticsReport of(ReportRange range, List<CountedBucket> buckets, List<MissedGroup> missed) {
        Map<String, Long> totals = new TreeMap<>();
        Map<String, Map<String, Long>> totalsByVersion = new TreeMap<>();
        List<BucketFigures> figures = buckets.stream()
                .map(bucket -> {
                    bucket.totals().forEach((measure, n) -> totals.merge(measure, n, Long::sum));
                    bucket.byVersion()
                            .forEach((version, counts) -> counts.forEach((measure, n) -> totalsByVersion
                                    .computeIfAbsent(version, v -> new TreeMap<>())
                                    .merge(measure, n, Long::sum)));
                    return new BucketFigures(
                            bucket.start(), Figures.of(bucket.totals()), byVersion(bucket.byVersion()));
                })
                .toList();
        return new AnalyticsReport(
                range.granularity().label(),
                range.from(),
                range.to(),
                figures,
                Figures.of(totals),
                byVersion(totalsByVersion),
                ranked(totals, Measures.intent("")),
                ranked(totals, Measures.unhelpful("")),
                missed);
    }

    private static Map<String, Figures> byVersion(Map<String, Map<String, Long>> counts) {
        Map<String, Figures> out = new TreeMap<>();
        counts.forEach((version, c) -> out.put(version, Figures.of(c)));
        return out;
    }

    private static List<Ranked> ranked(Map<String, Long> totals, String prefix) {
        return totals.entrySet().stream()
                .filter(e -> e.getKey().startsWith(prefix) && e.getValue() > 0)
                .map(e -> new Ranked(e.getKey().substring(prefix.length()), e.getValue()))
                .sorted(Comparator.comparingLong(Ranked::count).reversed().thenComparing(Ranked::intent))
                .limit(TOP)
                .toList();
    }
}
