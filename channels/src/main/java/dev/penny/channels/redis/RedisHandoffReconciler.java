package dev.penny.channels.redis;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/** Runs the {@link RedisHandoffReconciliation} once at start and then periodically, on one daemon thread. */
final class RedisHandoffReconciler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RedisHandoffReconciler.class);

    private final RedisHandoffReconciliation reconciliation;
    private final Duration every;
    private ScheduledExecutorService scheduler;

    RedisHandoffReconciler(RedisHandoffReconciliation reconciliation, Duration every) {
        if (every.toMillis() < 1) {
            throw new IllegalArgumentException("penny.handoff.reconcile-every must be at least a millisecond");
        }
        this.reconciliation = reconciliation;
        this.every = every;
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "penny-handoff-reconciler");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::runOnce, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    // A failed run (Redis away) is logged and retried on schedule; it must not end the schedule.
    private void runOnce() {
        try {
            int listed = reconciliation.reconcile();
            if (listed > 0) {
                log.warn("Listed {} conversation(s) that waited for an agent without a queue entry", listed);
            }
        } catch (RuntimeException e) {
            log.warn("Handoff queue reconciliation failed, retrying in {}: {}", every, e.toString());
        }
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
