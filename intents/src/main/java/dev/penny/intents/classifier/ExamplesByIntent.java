package dev.penny.intents.classifier;

import dev.penny.intents.encoder.EmbeddingMatrix;
import java.util.ArrayList;
import java.util.List;

/**
 * Training-example embeddings grouped by intent, so that "how close is the question to anything we were taught"
 * scans only the examples of the few intents the head ranks highest: the nearest example almost always belongs to
 * one of them, and scanning five intents instead of seventy-seven keeps the question's latency at the encoder's.
 */
final class ExamplesByIntent {

    private final EmbeddingMatrix[] byIntent;

    ExamplesByIntent(float[][] embeddings, int[] labels, int intents) {
        List<List<float[]>> grouped = new ArrayList<>(intents);
        for (int c = 0; c < intents; c++) {
            grouped.add(new ArrayList<>());
        }
        for (int i = 0; i < embeddings.length; i++) {
            grouped.get(labels[i]).add(embeddings[i]);
        }
        byIntent = new EmbeddingMatrix[intents];
        for (int c = 0; c < intents; c++) {
            byIntent[c] = new EmbeddingMatrix(grouped.get(c).toArray(new float[0][]));
        }
    }

    /** Highest cosine similarity of the question to any example of the given intents. */
    float nearest(float[] question, int[] intents) {
        float best = -1f;
        for (int c : intents) {
            best = Math.max(best, byIntent[c].nearest(question));
        }
        return best;
    }
}
