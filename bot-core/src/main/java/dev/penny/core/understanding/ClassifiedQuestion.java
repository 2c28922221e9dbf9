package dev.penny.core.understanding;

import java.util.Objects;
import java.util.Optional;

/**
 * A visitor's message as the classifier read it: what it predicted and, when it encodes text, the vector it made.
 * The engine hands it to {@link FaqRetriever#retrieve(ClassifiedQuestion, int)}, so what the batch already computed
 * is not computed again.
 *
 * @param text the visitor's text, as typed
 * @param prediction the classifier's ranked intents and out-of-scope verdict
 * @param vector the text's sentence vector; empty when the classifier does not encode, or kept none
 */
public record ClassifiedQuestion(String text, IntentPrediction prediction, Optional<QuestionVector> vector) {

    public ClassifiedQuestion {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(prediction, "prediction");
        Objects.requireNonNull(vector, "vector");
    }

    /** A prediction with no vector kept. */
    public static ClassifiedQuestion of(String text, IntentPrediction prediction) {
        return new ClassifiedQuestion(text, prediction, Optional.empty());
    }
}
