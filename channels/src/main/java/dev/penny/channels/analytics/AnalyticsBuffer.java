package dev.penny.channels.analytics;

import dev.penny.core.analytics.AnalyticsCounters;
import dev.penny.core.analytics.CountedBucket;
import dev.penny.core.analytics.Granularity;
import dev.penny.core.conversation.ConversationId;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sums the counts taken on the answering threads and writes them to the store every {@code penny.analytics.flush-every},
 * off those threads: a visitor's answer never waits for a count, and a busy second costs the store one write per
 * hour, catalog version and flush instead of one per event. Reading the analytics writes what this node holds first.
 * Counts a flush could not write are kept for the next one; those not yet written when the process dies are lost.
 */
final class AnalyticsBuffer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AnalyticsBuffer.class);

    private record Key(Instant hour, String catalogVersion) {}

    private final AnalyticsCounters store;
    private final ScheduledExecutorService flusher;
    private final Object flushing = new Object();
    private Map<Key, Map<String, Long>> pending = new HashMap<>();

    AnalyticsBuffer(AnalyticsCounters store, Duration every) {
        this.store = store;
        this.flusher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "penny-analytics-flush");
            thread.setDaemon(true);
            return thread;
        });
        flusher.scheduleWithFixedDelay(this::flushQuietly, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The counters the analytics count into: adding is buffered, the rest goes to the store. */
    AnalyticsCounters counters() {
        return new AnalyticsCounters() {
            @Override
            public void add(Instant at, String catalogVersion, Map<String, Long> deltas) {
                AnalyticsBuffer.this.add(at, catalogVersion, deltas);
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
                flush();
                return store.buckets(granularity, from, to);
            }
        };
    }

    synchronized void add(Instant at, String catalogVersion, Map<String, Long> deltas) {
        Map<String, Long> counts =
                pending.computeIfAbsent(new Key(Granularity.HOUR.start(at), catalogVersion), k -> new HashMap<>());
        deltas.forEach((measure, delta) -> counts.merge(measure, delta, Long::sum));
    }

    /** Writes what is held; returns when it is written, or throws what the store threw (the rest is kept). */
    void flush() {
        synchronized (flushing) {
            Map<Key, Map<String, Long>> taken;
            synchronized (this) {
                taken = pending;
                pending = new HashMap<>();
            }
            RuntimeException failure = null;
            for (Map.Entry<Key, Map<String, Long>> entry : taken.entrySet()) {
                Key key = entry.getKey();
                if (failure == null) {
                    try {
                        // an hour's start lies in its day: the store adds to both
                        store.add(key.hour(), key.catalogVersion(), entry.getValue());
                        continue;
                    } catch (RuntimeException e) {
                        failure = e;
                    }
                }
                add(key.hour(), key.catalogVersion(), entry.getValue());
            }
            if (failure != null) {
                throw failure;
            }
        }
    }

    void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            log.warn("Could not write analytics counts, keeping them for the next try: {}", e.toString());
        }
    }

    @Override
    public void close() {
        flusher.shutdown();
        try {
            flusher.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        flushQuietly();
    }
}
