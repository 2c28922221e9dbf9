package dev.penny.channels.catalog;

import dev.penny.intents.catalog.Catalog;
import dev.penny.intents.versions.CatalogStore;
import dev.penny.intents.versions.CatalogVersion;
import dev.penny.intents.versions.PublishConflict;
import java.util.OptionalDouble;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a node serves when it starts: the live version from the store, trained once. A store without versions (the
 * first node on a new Redis, or the in-memory store) gets the configured catalog file published as version 1, which
 * also becomes the draft; of nodes starting together, one publishes it and the others serve what it published.
 */
public final class CatalogStartup {

    /** Who published a version that came from the configured catalog file. */
    public static final String FILE_PUBLISHER = "penny (catalog file)";

    private static final Logger log = LoggerFactory.getLogger(CatalogStartup.class);

    private CatalogStartup() {}

    /**
     * @param file reads the configured catalog; called only when the store has no version yet
     */
    public static ServedCatalog serve(CatalogStore store, VersionTrainer trainer, Supplier<Catalog> file) {
        int live = store.liveNumber();
        if (live == 0) {
            Catalog catalog = file.get();
            TrainedVersion trained = trainer.train(1, catalog, OptionalDouble.empty());
            try {
                store.publish(catalog, 0, FILE_PUBLISHER, OptionalDouble.empty());
                if (store.draft().isEmpty()) {
                    store.replaceDraft(catalog);
                }
                log.info("Published the catalog file as v1, the first version in the store");
                return new ServedCatalog(trained);
            } catch (PublishConflict e) {
                live = e.liveNumber();
                log.info("Another node published v{} first; serving that", live);
            }
        }
        int number = live;
        CatalogVersion version = store.version(number)
                .orElseThrow(
                        () -> new IllegalStateException("the store names v" + number + " live but has no v" + number));
        log.info(
                "Serving {} from the store, published by {} at {}",
                version.label(),
                version.publishedBy(),
                version.publishedAt());
        return new ServedCatalog(trainer.train(version.number(), version.catalog(), version.minAnswerConfidence()));
    }
}
