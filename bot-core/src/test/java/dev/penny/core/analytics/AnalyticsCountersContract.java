package dev.penny.core.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.testing.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AnalyticsCounters} must do. Extend it once per implementation and return a fresh store from
 * {@link #newCounters}; a server-side store overrides {@link #letTimePass(Duration)} to also sleep. Each test counts
 * under a catalog version of its own, so a server-side store's tests do not see each other's counts.
 */
public abstract class AnalyticsCountersContract {

    /** An hourly bucket is kept an hour after its start; the clock stands two seconds before the hour's end. */
    private static final Duration HOURS_KEPT = Duration.ofHours(1);

    private static final Duration DAYS_KEPT = Duration.ofDays(2);
    private static final Duration CONVERSATION_TTL = Duration.ofSeconds(2);

    protected final MutableClock clock = MutableClock.at("2026-12-06T10:59:58Z");

    private final String version = "v" + System.nanoTime();
    private AnalyticsCounters counters;

    protected abstract AnalyticsCounters newCounters(
            Clock clock, Duration hoursKept, Duration daysKept, Duration conversationTtl);

    protected void letTimePass(Duration duration) {
        clock.advance(duration);
    }

    @BeforeEach
    void createCounters() {
        counters = newCounters(clock, HOURS_KEPT, DAYS_KEPT, CONVERSATION_TTL);
    }

    private CountedBucket hour(String at) {
        Instant start = Instant.parse(at);
        return counters.buckets(Granularity.HOUR, start, start.plusSeconds(1)).get(0);
    }

    private CountedBucket day(String at) {
        Instant start = Instant.parse(at);
        return counters.buckets(Granularity.DAY, start, start.plusSeconds(1)).get(0);
    }

    @Test
    void counts_into_the_hour_and_the_day_under_the_catalog_version() {
        counters.add(clock.instant(), version, Map.of("conversations", 2L, "answers:faq", 3L));
        counters.add(clock.instant().minusSeconds(600), version, Map.of("answers:faq", 1L));
        counters.add(clock.instant(), version + "b", Map.of("answers:faq", 5L));

        CountedBucket hour = hour("2026-12-06T10:00:00Z");
        assertThat(hour.of(version, "conversations")).isEqualTo(2);
        assertThat(hour.of(version, "answers:faq")).isEqualTo(4);
        assertThat(hour.of(version + "b", "answers:faq")).isEqualTo(5);
        assertThat(hour.byVersion().get(version)).containsOnlyKeys("conversations", "answers:faq");
        CountedBucket day = day("2026-12-06T00:00:00Z");
        assertThat(day.of(version, "answers:faq")).isEqualTo(4);
        assertThat(day.of(version + "b", "answers:faq")).isEqualTo(5);
        assertThat(hour("2026-12-06T09:00:00Z").of(version, "answers:faq")).isZero();
    }

    @Test
    void negative_deltas_take_counts_back() {
        counters.add(clock.instant(), version, Map.of("helpful", 2L));
        counters.add(clock.instant(), version, Map.of("helpful", -1L, "unhelpful", 1L));

        CountedBucket hour = hour("2026-12-06T10:00:00Z");
        assertThat(hour.of(version, "helpful")).isEqualTo(1);
        assertThat(hour.of(version, "unhelpful")).isEqualTo(1);
    }

    @Test
    void lists_every_bucket_of_the_range_oldest_first_empty_ones_included() {
        counters.add(Instant.parse("2026-12-06T08:30:00Z"), version, Map.of("conversations", 1L));
        counters.add(Instant.parse("2026-12-06T10:30:00Z"), version, Map.of("conversations", 3L));

        List<CountedBucket> hours = counters.buckets(
                Granularity.HOUR, Instant.parse("2026-12-06T08:00:00Z"), Instant.parse("2026-12-06T11:00:00Z"));

        assertThat(hours)
                .extracting(CountedBucket::start)
                .containsExactly(
                        Instant.parse("2026-12-06T08:00:00Z"),
                        Instant.parse("2026-12-06T09:00:00Z"),
                        Instant.parse("2026-12-06T10:00:00Z"));
        // 08:00 is past the hour's retention: adding to it was ignored, and reading it gives nothing
        assertThat(hours).extracting(b -> b.of(version, "conversations")).containsExactly(0L, 0L, 3L);
        assertThat(counters.buckets(
                        Granularity.DAY, Instant.parse("2026-12-05T00:00:00Z"), Instant.parse("2026-12-07T00:00:00Z")))
                .extracting(b -> b.of(version, "conversations"))
                .containsExactly(0L, 4L);
    }

    @Test
    void an_hour_expires_its_retention_after_its_start_and_the_day_is_kept() {
        counters.add(clock.instant(), version, Map.of("conversations", 1L));

        letTimePass(Duration.ofSeconds(3));

        assertThat(hour("2026-12-06T10:00:00Z").of(version, "conversations")).isZero();
        assertThat(day("2026-12-06T00:00:00Z").of(version, "conversations")).isEqualTo(1);
    }

    @Test
    void counts_from_many_threads_are_all_counted() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                futures.add(pool.submit(() -> counters.add(clock.instant(), version, Map.of("visitor-messages", 1L))));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(hour("2026-12-06T10:00:00Z").of(version, "visitor-messages")).isEqualTo(200);
        assertThat(day("2026-12-06T00:00:00Z").of(version, "visitor-messages")).isEqualTo(200);
    }

    @Test
    void a_conversation_is_marked_once_until_its_marks_expire() {
        ConversationId ana = ConversationId.random();
        ConversationId bo = ConversationId.random();

        assertThat(counters.firstTime(ana, "handed-off")).isTrue();
        assertThat(counters.firstTime(ana, "handed-off")).isFalse();
        assertThat(counters.firstTime(ana, "with-person")).isTrue();
        assertThat(counters.firstTime(bo, "handed-off")).isTrue();

        letTimePass(CONVERSATION_TTL.plusSeconds(1));

        assertThat(counters.firstTime(ana, "handed-off")).isTrue();
    }

    @Test
    void erase_forgets_a_conversations_marks_only() {
        ConversationId ana = ConversationId.random();
        ConversationId bo = ConversationId.random();
        counters.firstTime(ana, "handed-off");
        counters.firstTime(bo, "handed-off");

        counters.erase(ana);

        assertThat(counters.firstTime(ana, "handed-off")).isTrue();
        assertThat(counters.firstTime(bo, "handed-off")).isFalse();
    }
}
