package dev.penny.channels.catalog;

import dev.penny.intents.catalog.Catalog;
import dev.penny.intents.catalog.CatalogException;
import dev.penny.intents.catalog.CatalogProblem;
import dev.penny.intents.catalog.CatalogValidator;
import dev.penny.intents.versions.CatalogStore;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The draft trained for try-it: trained on first use and kept until the draft or its threshold changes, so owners
 * trying phrase after phrase pay for one training. One draft model is kept at a time.
 */
final class DraftTrials {

    private final CatalogStore store;
    private final DraftCatalog draft;
    private final VersionTrainer trainer;
    private volatile Trained last;

    private record Trained(Catalog catalog, OptionalDouble threshold, TrainedVersion version) {}

    DraftTrials(CatalogStore store, DraftCatalog draft, VersionTrainer trainer) {
        this.store = store;
        this.draft = draft;
        this.trainer = trainer;
    }

    /**
     * @throws CatalogException if the draft does not validate, so it cannot be trained
     * @throws TrainingFailed if training failed
     */
    TrainedVersion trained() {
        Catalog catalog = draft.read();
        OptionalDouble threshold = store.draftThreshold();
        Trained kept = last;
        if (kept != null && kept.catalog().equals(catalog) && kept.threshold().equals(threshold)) {
            return kept.version();
        }
        synchronized (this) {
            kept = last;
            if (kept != null
                    && kept.catalog().equals(catalog)
                    && kept.threshold().equals(threshold)) {
                return kept.version();
            }
            List<CatalogProblem> errors = new CatalogValidator()
                    .validate(catalog).stream().filter(CatalogProblem::isError).toList();
            if (!errors.isEmpty()) {
                throw new CatalogException(errors);
            }
            TrainedVersion version = trainer.train(0, catalog, threshold);
            last = new Trained(catalog, threshold, version);
            return version;
        }
    }
}
