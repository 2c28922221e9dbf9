package dev.penny.channels.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.penny.core.analytics.AnalyticsCounters;
import dev.penny.core.analytics.CountedBucket;
import dev.penny.core.analytics.Granularity;
import dev.penny.core.analytics.InMemoryAnalyticsCounters;
import dev.penny.core.conversation.ConversationId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class AnalyticsBufferTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:30:00Z");

    private final InMemoryAnalyticsCounters store = new InMemoryAnalyticsCounters(
            Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofDays(14), Duration.ofDays(400), Duration.ofDays(1));
    private final AtomicBoolean storeDown = new AtomicBoolean();
    private final AnalyticsCounters flaky = new AnalyticsCounters() {
        @Override
        public void add(Instant at, String catalogVersion, Map<String, Long> deltas) {
            if (storeDown.get()) {
                throw new IllegalStateException("store down");
            }
            store.add(at, catalogVersion, deltas);
        }

        @Override
        public boolean firstTime(ConversationId id, String mark) {
            return store.firstTime(id, mark);
        }

        @Override
        public void erase(ConversationId id) {
            store.erase(id);
        }

        @Override
        public List<CountedBucket> buckets(Granularity granularity, Instant from, Instant to) {
            return store.buckets(granularity, from, to);
        }
    };

    private long stored(Granularity granularity, String measure) {
        Instant start = granularity.start(NOW);
        return store.buckets(granularity, start, start.plusSeconds(1)).get(0).of("v1", measure);
    }

    @Test
    void counts_reach_the_store_summed_at_the_flush_and_reading_flushes_first() {
        try (AnalyticsBuffer buffer = new AnalyticsBuffer(flaky, Duration.ofHours(1))) {
            AnalyticsCounters counters = buffer.counters();
            counters.add(NOW, "v1", Map.of("conversations", 1L));
            counters.add(NOW.plusSeconds(60), "v1", Map.of("conversations", 2L, "answers:faq", 1L));

            assertThat(stored(Granularity.HOUR, "conversations")).isZero();

            Instant hour = Granularity.HOUR.start(NOW);
            CountedBucket read = counters.buckets(Granularity.HOUR, hour, hour.plusSeconds(1))
                    .get(0);
            assertThat(read.of("v1", "conversations")).isEqualTo(3);
            assertThat(stored(Granularity.DAY, "conversations")).isEqualTo(3);
            assertThat(stored(Granularity.DAY, "answers:faq")).isEqualTo(1);
        }
    }

    @Test
    void counts_a_failed_flush_could_not_write_are_kept_for_the_next() {
        try (AnalyticsBuffer buffer = new AnalyticsBuffer(flaky, Duration.ofHours(1))) {
            buffer.add(NOW, "v1", Map.of("conversations", 1L));
            storeDown.set(true);
            assertThatThrownBy(buffer::flush).hasMessage("store down");
            buffer.add(NOW, "v1", Map.of("conversations", 1L));

            storeDown.set(false);
            buffer.flush();

            assertThat(stored(Granularity.HOUR, "conversations")).isEqualTo(2);
        }
    }

    @Test
    void closing_writes_what_is_held_and_the_flusher_writes_on_its_own() throws Exception {
        AnalyticsBuffer buffer = new AnalyticsBuffer(flaky, Duration.ofHours(1));
        buffer.add(NOW, "v1", Map.of("closed", 1L));
        buffer.close();
        assertThat(stored(Granularity.HOUR, "closed")).isEqualTo(1);

        try (AnalyticsBuffer often = new AnalyticsBuffer(flaky, Duration.ofMillis(20))) {
            often.add(NOW, "v1", Map.of("closed", 1L));
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (stored(Granularity.HOUR, "closed") < 2 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
        }
        assertThat(stored(Granularity.HOUR, "closed")).isEqualTo(2);
    }
}
