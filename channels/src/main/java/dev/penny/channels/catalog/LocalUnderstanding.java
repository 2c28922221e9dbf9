package dev.penny.channels.catalog;

import dev.penny.intents.catalog.Catalog;
import dev.penny.intents.classifier.TrainingOptions;
import dev.penny.intents.encoder.SentenceEncoder;
import dev.penny.intents.understanding.CatalogUnderstanding;
import dev.penny.intents.understanding.TrainedUnderstanding;
import java.util.List;
import java.util.function.Supplier;

/**
 * Penny's own understanding: a classifier head per local sentence encoder and an embedding retriever on the first,
 * trained with every encode going through that encoder's training cache. The catalog quality report cross-validates
 * this model whichever understanding serves visitors.
 */
public final class LocalUnderstanding {

    private final List<TrainingEncoder> encoders;
    private final TrainingOptions options;
    // the article passages and entries of the version trained last, whose vectors the next one reuses
    private volatile CatalogUnderstanding lastTrained;

    /** @param encoders one per model of the ensemble, the primary one first */
    public LocalUnderstanding(List<TrainingEncoder> encoders, TrainingOptions options) {
        if (encoders.isEmpty()) {
            throw new IllegalArgumentException("a local understanding needs at least one encoder");
        }
        this.encoders = List.copyOf(encoders);
        this.options = options;
    }

    public TrainedUnderstanding train(Catalog catalog) {
        CatalogUnderstanding before = lastTrained;
        CatalogUnderstanding trained = training(
                () -> CatalogUnderstanding.train(catalog, List.<SentenceEncoder>copyOf(encoders), options, before));
        lastTrained = trained;
        return TrainedUnderstanding.of(trained);
    }

    /** The training caches, one per encoder, for work that trains many throw-away classifiers. */
    List<SentenceEncoder> caches() {
        return encoders.stream().<SentenceEncoder>map(TrainingEncoder::cache).toList();
    }

    TrainingOptions options() {
        return options;
    }

    /** Runs {@code work} with this thread's encodes going through every encoder's training cache. */
    private <T> T training(Supplier<T> work) {
        Supplier<T> nested = work;
        for (TrainingEncoder encoder : encoders) {
            Supplier<T> inner = nested;
            nested = () -> encoder.training(inner);
        }
        return nested.get();
    }
}
