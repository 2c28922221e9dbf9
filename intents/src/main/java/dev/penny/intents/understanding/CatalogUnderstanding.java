package dev.penny.intents.understanding;

import dev.penny.core.understanding.FaqAnswers;
import dev.penny.intents.catalog.Catalog;
import dev.penny.intents.classifier.IntentClassifierTrainer;
import dev.penny.intents.classifier.OnnxIntentClassifier;
import dev.penny.intents.classifier.TrainingOptions;
import dev.penny.intents.encoder.SentenceEncoder;
import dev.penny.intents.retriever.HybridFaqRetriever;
import dev.penny.intents.retriever.PassageCalibration;
import java.util.List;

/**
 * Everything the bot needs to understand visitors for one catalog version: the trained classifier, the retriever
 * and the answers, built together so that they always agree on which intents exist. Immutable; a new version is a
 * new instance swapped in whole.
 *
 * @param catalog the catalog it was trained on
 * @param classifier the intent classifier
 * @param retriever the FAQ entries and article passages, ranked by words and meaning
 * @param answers the answers by intent id
 * @param passageCalibration the articles' own titles and headings as labelled questions, from which the passage
 *     threshold is calibrated
 */
public record CatalogUnderstanding(
        Catalog catalog,
        OnnxIntentClassifier classifier,
        HybridFaqRetriever retriever,
        FaqAnswers answers,
        PassageCalibration passageCalibration) {

    /**
     * Trains the classifier, indexes the FAQ and calibrates the passage threshold on the catalog's own labelled
     * questions ({@link PassageCalibration}); takes seconds for a catalog of thousands of examples.
     */
    public static CatalogUnderstanding train(Catalog catalog, SentenceEncoder encoder, TrainingOptions options) {
        return train(catalog, List.of(encoder), options);
    }

    /**
     * Trains an ensemble classifier, one head per encoder, and indexes the FAQ with the first (primary) encoder, whose
     * vectors the classifier hands to the retriever.
     */
    public static CatalogUnderstanding train(Catalog catalog, List<SentenceEncoder> encoders, TrainingOptions options) {
        return train(catalog, encoders, options, null);
    }

    /**
     * As {@link #train(Catalog, List, TrainingOptions)}, indexing only the entries and passages whose text {@code
     * previous} (the live version's understanding, or null) did not already hold.
     */
    public static CatalogUnderstanding train(
            Catalog catalog, List<SentenceEncoder> encoders, TrainingOptions options, CatalogUnderstanding previous) {
        OnnxIntentClassifier classifier =
                new IntentClassifierTrainer(encoders, options).train(catalog.trainingExamples(), catalog.titles());
        HybridFaqRetriever retriever =
                HybridFaqRetriever.index(catalog, encoders.get(0), previous == null ? null : previous.retriever());
        return new CatalogUnderstanding(
                catalog,
                classifier,
                retriever,
                FaqAnswers.of(catalog.faqEntries()),
                PassageCalibration.of(retriever, catalog));
    }
}
