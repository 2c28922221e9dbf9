package dev.penny.core.engine;

import dev.penny.core.conversation.Turn;
import dev.penny.core.understanding.ClassifiedQuestion;
import dev.penny.core.understanding.IntentClassifier;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The classified questions for a batch of visitor turns, made with one classifier call, or why there are none. */
final class BatchClassification {

    private final Map<Turn, ClassifiedQuestion> questions = new IdentityHashMap<>();
    private final RuntimeException failure;

    private BatchClassification(RuntimeException failure) {
        this.failure = failure;
    }

    static BatchClassification of(IntentClassifier classifier, List<Turn> turns) {
        if (turns.isEmpty()) {
            return new BatchClassification(null);
        }
        List<ClassifiedQuestion> classified;
        try {
            classified =
                    classifier.classifyQuestions(turns.stream().map(Turn::text).toList());
        } catch (RuntimeException e) {
            return new BatchClassification(e);
        }
        if (classified.size() != turns.size()) {
            return new BatchClassification(new IllegalStateException(
                    "classifier returned " + classified.size() + " predictions for " + turns.size() + " messages"));
        }
        BatchClassification batch = new BatchClassification(null);
        for (int i = 0; i < turns.size(); i++) {
            batch.questions.put(turns.get(i), classified.get(i));
        }
        return batch;
    }

    /** The classified question for a turn of the batch; empty when it was not in the batch. */
    Optional<ClassifiedQuestion> questionFor(Turn turn) {
        return Optional.ofNullable(questions.get(turn));
    }

    /** Why the classifier gave no predictions, if it failed. */
    Optional<RuntimeException> failure() {
        return Optional.ofNullable(failure);
    }
}
