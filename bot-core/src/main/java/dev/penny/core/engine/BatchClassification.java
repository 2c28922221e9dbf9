package dev.penny.core.engine;

import dev.penny.core.conversation.Turn;
import dev.penny.core.understanding.IntentClassifier;
import dev.penny.core.understanding.IntentPrediction;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The predictions for a batch of visitor turns, made with one classifier call, or why there are none. */
final class BatchClassification {

    private final Map<Turn, IntentPrediction> predictions = new IdentityHashMap<>();
    private final RuntimeException failure;

    private BatchClassification(RuntimeException failure) {
        this.failure = failure;
    }

    static BatchClassification of(IntentClassifier classifier, List<Turn> turns) {
        if (turns.isEmpty()) {
            return new BatchClassification(null);
        }
        List<IntentPrediction> predicted;
        try {
            predicted = classifier.classifyAll(turns.stream().map(Turn::text).toList());
        } catch (RuntimeException e) {
            return new BatchClassification(e);
        }
        if (predicted.size() != turns.size()) {
            return new BatchClassification(new IllegalStateException(
                    "classifier returned " + predicted.size() + " predictions for " + turns.size() + " messages"));
        }
        BatchClassification batch = new BatchClassification(null);
        for (int i = 0; i < turns.size(); i++) {
            batch.predictions.put(turns.get(i), predicted.get(i));
        }
        return batch;
    }

    /** The prediction for a turn of the batch; empty when it was not in the batch. */
    Optional<IntentPrediction> predictionFor(Turn turn) {
        return Optional.ofNullable(predictions.get(turn));
    }

    /** Why the classifier gave no predictions, if it failed. */
    Optional<RuntimeException> failure() {
        return Optional.ofNullable(failure);
    }
}
