package dev.penny.channels.catalog;

import dev.penny.channels.config.PolicyProperties;
import dev.penny.channels.config.VersionPolicy;
import dev.penny.core.engine.BotPhrases;
import dev.penny.core.engine.BundledPhrasebook;
import dev.penny.core.engine.FaqVersion;
import dev.penny.core.engine.Phrasebook;
import dev.penny.core.policy.PolicySettings;
import dev.penny.core.understanding.FaqAnswers;
import dev.penny.intents.catalog.Catalog;
import dev.penny.intents.classifier.TrainingOptions;
import dev.penny.intents.encoder.SentenceEncoder;
import dev.penny.intents.understanding.TrainedUnderstanding;
import dev.penny.intents.understanding.UnderstandingTrainer;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains a catalog into a {@link TrainedVersion}: the classifier and retriever, then the policy with the version's
 * saved threshold (or the calibrated one). Takes seconds; the result is complete before anyone can answer from it.
 */
public final class VersionTrainer {

    private static final Logger log = LoggerFactory.getLogger(VersionTrainer.class);

    private final UnderstandingTrainer understanding;
    private final VersionPolicy policy;
    private final LocalUnderstanding local;
    private final Phrasebook phrasebook;

    public VersionTrainer(
            TrainingEncoder encoder, PolicyProperties policy, boolean llmConfigured, TrainingOptions options) {
        this(List.of(encoder), policy, llmConfigured, options);
    }

    /**
     * Trains an ensemble classifier, one head per encoder; the first is the primary one (retriever, out-of-scope).
     * Each version speaks the bundled phrases of its catalog's locale.
     */
    public VersionTrainer(
            List<TrainingEncoder> encoders, PolicyProperties policy, boolean llmConfigured, TrainingOptions options) {
        this(new LocalUnderstanding(encoders, options), VersionPolicy.calibrated(policy, llmConfigured));
    }

    private VersionTrainer(LocalUnderstanding local, VersionPolicy policy) {
        this(local::train, policy, local, new BundledPhrasebook());
    }

    /**
     * @param understanding what trains each version's classifier and retriever
     * @param policy what chooses each version's policy
     * @param local Penny's own understanding, which the catalog quality report cross-validates
     * @param phrasebook the bot's phrases by locale: each version speaks its catalog's, and its visitors ask for a
     *     person in that language
     */
    public VersionTrainer(
            UnderstandingTrainer understanding, VersionPolicy policy, LocalUnderstanding local, Phrasebook phrasebook) {
        this.understanding = understanding;
        this.policy = policy;
        this.local = local;
        this.phrasebook = phrasebook;
    }

    /** The training caches, one per encoder, for work that trains many throw-away classifiers. */
    List<SentenceEncoder> caches() {
        return local.caches();
    }

    TrainingOptions options() {
        return local.options();
    }

    /**
     * @param number the version number, 0 for the draft
     * @throws TrainingFailed if the classifier could not be trained
     */
    TrainedVersion train(int number, Catalog catalog, OptionalDouble minAnswerConfidence) {
        String label = number == 0 ? "draft" : "v" + number;
        long started = System.nanoTime();
        TrainedUnderstanding trained;
        PolicySettings settings;
        BotPhrases phrases = phrasebook.phrases(Locale.forLanguageTag(catalog.locale()));
        try {
            trained = understanding.train(catalog);
            settings = policy.settings(trained.calibration(), trained.passages(), minAnswerConfidence);
            // visitors ask for a person in the catalog's language, unless the policy brings phrases of its own
            if (settings.handoffPhrases().equals(PolicySettings.ENGLISH_HANDOFF_PHRASES)) {
                settings = settings.withHandoffPhrases(phrases.askForPerson());
            }
            settings = withOutOfScopeIntentIn(catalog, settings, label);
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
                trained.classifier(),
                trained.retriever(),
                FaqAnswers.of(catalog.faqEntries()),
                settings,
                phrases);
        return new TrainedVersion(number, catalog, trained, faq);
    }

    /**
     * The settings as they are when the catalog has their out-of-scope intent, else without one: a reply from an
     * intent the catalog lacks cannot be given, so the version treats out-of-scope questions as if none were set.
     */
    static PolicySettings withOutOfScopeIntentIn(Catalog catalog, PolicySettings settings, String label) {
        String intent = settings.outOfScopeIntentId();
        if (!settings.hasOutOfScopeIntent()) {
            return settings;
        }
        if (catalog.intents().stream().anyMatch(i -> i.id().equals(intent))) {
            log.info("{}: out-of-scope questions are answered with intent {}", label, intent);
            return settings;
        }
        log.warn(
                "{}: the out-of-scope intent {} (penny.policy.out-of-scope-intent) is not in the catalog; out-of-scope"
                        + " questions go to the LLM or a person as unsure ones do. Add the intent or change the setting",
                label,
                intent);
        return settings.withOutOfScopeIntent("");
    }
}
