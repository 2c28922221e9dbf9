package dev.penny.channels.catalog;

import dev.penny.intents.versions.CatalogStore;
import dev.penny.intents.versions.CatalogVersion;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Keeps this node on the live version: on every announcement, and every {@code penny.publishing.check-every}, it
 * compares the store's live number with the served one and, when the store is ahead, trains that version and swaps
 * it in. The periodic check is what catches up a node that missed announcements while Redis was away. Checks run one
 * at a time on one thread; a failed check (Redis away, training failed) keeps the served version and is tried again.
 */
final class CatalogFollower implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CatalogFollower.class);

    private final CatalogStore store;
    private final VersionTrainer trainer;
    private final ServedCatalog served;
    private final CatalogAnnouncements announcements;
    private final Duration every;
    private ScheduledExecutorService checks;
    private AutoCloseable subscription;
    private volatile boolean failing;

    CatalogFollower(
            CatalogStore store,
            VersionTrainer trainer,
            ServedCatalog served,
            CatalogAnnouncements announcements,
            Duration every) {
        this.store = store;
        this.trainer = trainer;
        this.served = served;
        this.announcements = announcements;
        this.every = every;
    }

    @Override
    public synchronized void start() {
        checks = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "penny-catalog-follower");
            thread.setDaemon(true);
            return thread;
        });
        subscription = announcements.subscribe(number -> {
            if (number > served.number()) {
                checks.execute(this::check);
            }
        });
        // The first check at once: a version published between start-up training and subscribing was announced to
        // nobody here.
        checks.scheduleWithFixedDelay(this::check, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Serves the live version if the store is ahead of this node; true when it swapped one in. */
    boolean check() {
        try {
            int live = store.liveNumber();
            if (live <= served.number()) {
                recovered();
                return false;
            }
            CatalogVersion version = store.version(live).orElseThrow();
            log.info("Catalog {} went live on another node; training it here", version.label());
            boolean swapped =
                    served.serve(trainer.train(version.number(), version.catalog(), version.minAnswerConfidence()));
            recovered();
            return swapped;
        } catch (RuntimeException e) {
            if (!failing) {
                log.warn(
                        "Cannot follow the live catalog version (serving v{} meanwhile): {}",
                        served.number(),
                        e.toString());
            }
            failing = true;
            return false;
        }
    }

    private void recovered() {
        if (failing) {
            log.info("Following the live catalog version again (serving v{})", served.number());
        }
        failing = false;
    }

    @Override
    public synchronized void stop() {
        if (checks == null) {
            return;
        }
        try {
            subscription.close();
        } catch (Exception e) {
            log.debug("Closing the catalog subscription: {}", e.toString());
        }
        checks.shutdownNow();
        checks = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return checks != null;
    }
}
