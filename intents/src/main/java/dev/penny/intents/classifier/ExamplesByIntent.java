package dev.penny.intents.classifier;

import dev.penny.intents.encoder.EmbeddingMatrix;
import java.util.ArrayList;
import java.util.Arrays;
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

    /**
     * Votes of the question's {@code neighbours} nearest examples among the candidate intents' examples: each votes
     * for its intent with weight {@code exp(similarity / temperature)}, so that a near example outweighs a far one;
     * the votes are normalised to sum to one. Intents that are not candidates get nothing.
     */
    double[] votes(float[] question, int[] candidates, int neighbours, double temperature) {
        float[] nearest = new float[neighbours];
        int[] nearestIntent = new int[neighbours];
        Arrays.fill(nearest, Float.NEGATIVE_INFINITY);
        for (int c : candidates) {
            for (float similarity : byIntent[c].similarities(question)) {
                if (similarity > nearest[neighbours - 1]) {
                    insert(nearest, nearestIntent, similarity, c);
                }
            }
        }
        double[] votes = new double[byIntent.length];
        double total = 0;
        for (int i = 0; i < neighbours && nearest[i] > Float.NEGATIVE_INFINITY; i++) {
            // relative to the nearest, so that a sharp temperature cannot overflow
            double vote = Math.exp((nearest[i] - nearest[0]) / temperature);
            votes[nearestIntent[i]] += vote;
            total += vote;
        }
        for (int c = 0; total > 0 && c < votes.length; c++) {
            votes[c] /= total;
        }
        return votes;
    }

    /** Puts a similarity into the descending list, dropping the last. */
    private static void insert(float[] nearest, int[] nearestIntent, float similarity, int intent) {
        int at = nearest.length - 1;
        while (at > 0 && nearest[at - 1] < similarity) {
            nearest[at] = nearest[at - 1];
            nearestIntent[at] = nearestIntent[at - 1];
            at--;
        }
        nearest[at] = similarity;
        nearestIntent[at] = intent;
    }
}
