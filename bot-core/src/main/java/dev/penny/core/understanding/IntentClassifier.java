package dev.penny.core.understanding;

import java.util.ArrayList;
import java.util.List;

/**
 * Recognises what a visitor wants from what they wrote.
 *
 * <p>Implementations rank every known intent by confidence and say explicitly when the text belongs to none of
 * them (out of scope), so that the escalation policy never has to guess what a low score means.
 * Implementations are safe to call from many threads at once.
 */
public interface IntentClassifier {

    /**
     * Classifies one visitor message.
     *
     * @param text the visitor's text, as typed
     * @return the ranked intents, best first, with the out-of-scope verdict
     */
    IntentPrediction classify(String text);

    /**
     * Classifies several messages at once. Implementations that can batch (an encoder does) override this; the
     * result is the same as calling {@link #classify(String)} for each text, in order.
     */
    default List<IntentPrediction> classifyAll(List<String> texts) {
        return texts.stream().map(this::classify).toList();
    }

    /**
     * Classifies several messages at once and keeps, with each prediction, what a retriever can reuse (the sentence
     * vector, for a classifier that encodes). The predictions are those of {@link #classifyAll(List)}, in order. The
     * default keeps no vector.
     */
    default List<ClassifiedQuestion> classifyQuestions(List<String> texts) {
        List<IntentPrediction> predictions = classifyAll(texts);
        if (predictions.size() != texts.size()) {
            throw new IllegalStateException(
                    "classifier returned " + predictions.size() + " predictions for " + texts.size() + " messages");
        }
        List<ClassifiedQuestion> questions = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            questions.add(ClassifiedQuestion.of(texts.get(i), predictions.get(i)));
        }
        return questions;
    }
}
