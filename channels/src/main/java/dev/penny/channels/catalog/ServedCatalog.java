package dev.penny.channels.catalog;

import dev.penny.core.engine.LiveFaq;
import dev.penny.intents.catalog.Catalog;
import dev.penny.intents.understanding.TrainedUnderstanding;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The published version this node answers from. Serving a version swaps the engine's {@link LiveFaq} in one atomic
 * write, after training finished, so conversations never see a half-trained model; versions only move forward, so a
 * slow follower cannot put back an older version than one a publish on this node already swapped in.
 */
public final class ServedCatalog {

    private static final Logger log = LoggerFactory.getLogger(ServedCatalog.class);

    private final AtomicReference<TrainedVersion> current;
    private final LiveFaq liveFaq;

    ServedCatalog(TrainedVersion first) {
        this.current = new AtomicReference<>(first);
        this.liveFaq = new LiveFaq(first.faq());
    }

    /** The engine's view of the served version. */
    public LiveFaq liveFaq() {
        return liveFaq;
    }

    /** What the served version understands visitors with: its classifier and retriever. */
    public TrainedUnderstanding understanding() {
        return current.get().understanding();
    }

    /** The catalog of the served version. */
    public Catalog catalog() {
        return current.get().catalog();
    }

    TrainedVersion current() {
        return current.get();
    }

    /** The served version's number. */
    public int number() {
        return current.get().number();
    }

    /** Serves {@code next} unless this node already serves it or a newer one; true when it was swapped in. */
    synchronized boolean serve(TrainedVersion next) {
        TrainedVersion before = current.get();
        if (next.number() <= before.number()) {
            return false;
        }
        current.set(next);
        liveFaq.swap(next.faq());
        log.info("Serving catalog {} (was {})", next.faq().label(), before.faq().label());
        return true;
    }
}
