package dev.penny.channels.catalog;

import dev.penny.channels.config.PolicyDefaults;
import dev.penny.channels.config.PolicyProperties;
import dev.penny.core.engine.BotPhrases;
import dev.penny.core.engine.BundledPhrasebook;
import dev.penny.core.engine.FaqVersion;
import dev.penny.core.engine.Phrasebook;
import dev.penny.core.policy.PolicySettings;
import dev.penny.intents.catalog.Catalog;
import dev.penny.intents.classifier.TrainingOptions;
import dev.penny.intents.encoder.SentenceEncoder;
import dev.penny.intents.understanding.CatalogUnderstanding;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains a catalog into a {@link TrainedVersion}: the classifier and retriever, then the policy with the version's
 * saved threshold (or the calibrated one). Takes seconds; the result is complete before anyone can answer from it.
 */
public final class VersionTrainer {

    private static final Logger log = LoggerFactory.getLogger(VersionTrainer.class);

    private final List<TrainingEncoder> encoders;
    private final PolicyProperties policy;
    private final boolean llmConfigured;
    private final TrainingOptions options;
    private final Phrasebook phrasebook;

    public VersionTrainer(
            TrainingEncoder encoder, PolicyProperties policy, boolean llmConfigured, TrainingOptions options) {
        this(List.of(encoder), policy, llmConfigured, options, new BundledPhrasebook());
    }

    /**
     * Trains an ensemble classifier, one head per encoder; the first is the primary one (retriever, out-of-scope).
     * Each version speaks the phrases {@code phrasebook} has for its catalog's locale.
     */
    public VersionTrainer(
            List<TrainingEncoder> encoders,
            PolicyProperties policy,
            boolean llmConfigured,
            TrainingOptions options,
            Phrasebook phrasebook) {
        if (encoders.isEmpty()) {
            throw new IllegalArgumentException("a version trainer needs at least one encoder");
        }
        this.encoders = List.copyOf(encoders);
        this.policy = policy;
        this.llmConfigured = llmConfigured;
        this.options = options;
        this.phrasebook = phrasebook;
    }

    // the article passages and entries of the version trained last, whose vectors the next one reuses
    private volatile CatalogUnderstanding lastTrained;

    /** The training caches, one per encoder, for work that trains many throw-away classifiers. */
    List<SentenceEncoder> caches() {
        return encoders.stream().<SentenceEncoder>map(TrainingEncoder::cache).toList();
    }

    TrainingOptions options() {
        return options;
    }

    /**
     * @param number the version number, 0 for the draft
     * @throws TrainingFailed if the classifier could not be trained
     */
    TrainedVersion train(int number, Catalog catalog, OptionalDouble minAnswerConfidence) {
        String label = number == 0 ? "draft" : "v" + number;
        long started = System.nanoTime();
        CatalogUnderstanding understanding;
        PolicySettings settings;
        BotPhrases phrases = phrasebook.phrases(Locale.forLanguageTag(catalog.locale()));
        try {
            CatalogUnderstanding before = lastTrained;
            understanding = training(
                    () -> CatalogUnderstanding.train(catalog, List.<SentenceEncoder>copyOf(encoders), options, before));
            lastTrained = understanding;
            settings = PolicyDefaults.settings(
                            policy, understanding.classifier().calibration(), llmConfigured, minAnswerConfidence)
                    .withHandoffPhrases(phrases.askForPerson());
        } catch (RuntimeException e) {
            log.warn("Training {} failed: {}", label, e.toString());
            throw new TrainingFailed(label, e);
        }
        log.info(
                "Trained {} on {} intents, {} examples in {} ms",
                label,
                catalog.intents().size(),
                catalog.trainingExamples().size(),
                (System.nanoTime() - started) / 1_000_000);
        FaqVersion faq = new FaqVersion(
                label,
                understanding.classifier(),
                understanding.retriever(),
                understanding.answers(),
                settings,
                phrases);
        return new TrainedVersion(number, understanding, faq);
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
