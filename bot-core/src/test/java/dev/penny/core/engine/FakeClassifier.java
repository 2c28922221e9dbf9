package dev.penny.core.engine;

import dev.penny.core.understanding.IntentClassifier;
import dev.penny.core.understanding.IntentPrediction;
import dev.penny.core.understanding.IntentScore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A classifier that knows the prediction for each text it was told about; anything else is out of scope. */
final class FakeClassifier implements IntentClassifier {

    private static final IntentPrediction OUT_OF_SCOPE = new IntentPrediction(List.of(), true);

    private final Map<String, IntentPrediction> known = new HashMap<>();
    private final List<List<String>> batches = new CopyOnWriteArrayList<>();
    private RuntimeException failure;

    /** Predicts the given intents and confidences (alternating) for {@code text}. */
    FakeClassifier knows(String text, Object... intentsAndConfidences) {
        List<IntentScore> scores = new ArrayList<>();
        for (int i = 0; i < intentsAndConfidences.length; i += 2) {
            scores.add(new IntentScore((String) intentsAndConfidences[i], (Double) intentsAndConfidences[i + 1]));
        }
        known.put(text, new IntentPrediction(scores, false));
        return this;
    }

    void failWith(RuntimeException e) {
        failure = e;
    }

    /** Every call, each as the list of texts it classified. */
    List<List<String>> batches() {
        return batches;
    }

    @Override
    public IntentPrediction classify(String text) {
        return classifyAll(List.of(text)).get(0);
    }

    @Override
    public List<IntentPrediction> classifyAll(List<String> texts) {
        batches.add(List.copyOf(texts));
        if (failure != null) {
            throw failure;
        }
        return texts.stream().map(t -> known.getOrDefault(t, OUT_OF_SCOPE)).toList();
    }
}
