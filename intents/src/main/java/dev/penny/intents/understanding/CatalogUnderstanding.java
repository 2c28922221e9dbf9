package dev.penny.intents.understanding;

import dev.penny.core.understanding.FaqAnswers;
import dev.penny.intents.catalog.Catalog;
import dev.penny.intents.classifier.IntentClassifierTrainer;
import dev.penny.intents.classifier.OnnxIntentClassifier;
import dev.penny.intents.classifier.TrainingOptions;
import dev.penny.intents.encoder.SentenceEncoder;
import dev.penny.intents.retriever.EmbeddingFaqRetriever;
import java.util.List;

/**
 * Everything the bot needs to understand visitors for one catalog version: the trained classifier, the retriever
 * and the answers, built together so that they always agree on which intents exist. Immutable; a new version is a
 * new instance swapped in whole.
 *
 * @param catalog the catalog it was trained on
 * @param classifier the intent classifier
 * @param retriever the FAQ retriever
 * @param answers the answers by intent id
 */
public record CatalogUnderstanding(
        Catalog catalog, OnnxIntentClassifier classifier, EmbeddingFaqRetriever retriever, FaqAnswers answers) {

    /** Trains the classifier and indexes the FAQ; takes seconds for a catalog of thousands of examples. */
    public static CatalogUnderstanding train(Catalog catalog, SentenceEncoder encoder, TrainingOptions options) {
        return train(catalog, List.of(encoder), options);
    }

    /**
     * Trains an ensemble classifier, one head per encoder, and indexes the FAQ with the first (primary) encoder, whose
     * vectors the classifier hands to the retriever.
     */
    public static CatalogUnderstanding train(Catalog catalog, List<SentenceEncoder> encoders, TrainingOptions options) {
        OnnxIntentClassifier classifier =
                new IntentClassifierTrainer(encoders, options).train(catalog.trainingExamples());
        EmbeddingFaqRetriever retriever = EmbeddingFaqRetriever.index(catalog, encoders.get(0));
        return new CatalogUnderstanding(catalog, classifier, retriever, FaqAnswers.of(catalog.faqEntries()));
    }
}
