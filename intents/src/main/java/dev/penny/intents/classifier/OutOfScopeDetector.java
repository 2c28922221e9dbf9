package dev.penny.intents.classifier;

import dev.penny.intents.encoder.EmbeddingMatrix;
import java.util.Arrays;

/**
 * Decides that a question is outside the catalog from two signals that fail in different ways: the classifier's
 * calibrated confidence (low when the question sits between intents) and the similarity of the question to its
 * nearest training example (low when it is unlike anything the catalog was taught). Each signal is turned into a
 * percentile among held-out in-scope questions, and the question is out of scope when the sum of the two
 * percentiles is as low as only {@code flagRate} of in-scope questions score. On BANKING77 with a quarter of the
 * intents unknown, the pair catches about a third more unknown questions than confidence alone at the same cost in
 * known-intent accuracy (README).
 */
final class OutOfScopeDetector {

    private final ExamplesByIntent examples;
    private final double[] confidences;
    private final double[] nearest;
    private final double threshold;

    private OutOfScopeDetector(ExamplesByIntent examples, double[] confidences, double[] nearest, double threshold) {
        this.examples = examples;
        this.confidences = confidences;
        this.nearest = nearest;
        this.threshold = threshold;
    }

    /**
     * Calibrates on held-out in-scope questions.
     *
     * @param examples embeddings of the examples the classifier is trained on
     * @param confidences held-out questions' calibrated top confidence, or empty to use similarity alone
     * @param nearest held-out questions' similarity to their nearest example among their top intents' examples
     * @param flagRate share of in-scope questions that may be called out of scope
     */
    static OutOfScopeDetector calibrated(
            ExamplesByIntent examples, double[] confidences, double[] nearest, double flagRate) {
        double[] sortedConfidences = sorted(confidences);
        double[] sortedNearest = sorted(nearest);
        OutOfScopeDetector uncut =
                new OutOfScopeDetector(examples, sortedConfidences, sortedNearest, Double.NEGATIVE_INFINITY);
        double[] combined = new double[nearest.length];
        for (int i = 0; i < combined.length; i++) {
            combined[i] = uncut.score(confidences.length == 0 ? Double.NaN : confidences[i], nearest[i]);
        }
        Arrays.sort(combined);
        double threshold = combined.length == 0 ? Double.NEGATIVE_INFINITY : quantile(combined, flagRate);
        return new OutOfScopeDetector(examples, sortedConfidences, sortedNearest, threshold);
    }

    /**
     * For catalogs too small to hold examples out: uses only the nearest-example signal, calibrated on each
     * example's similarity to its nearest other example (of any intent: a small catalog has few).
     */
    static OutOfScopeDetector leaveOneOut(float[][] embeddings, int[] labels, int intents, double flagRate) {
        EmbeddingMatrix matrix = new EmbeddingMatrix(embeddings);
        double[] nearest = new double[embeddings.length];
        for (int i = 0; i < embeddings.length; i++) {
            float[] similarities = matrix.similarities(embeddings[i]);
            float best = -1f;
            for (int j = 0; j < similarities.length; j++) {
                if (j != i) {
                    best = Math.max(best, similarities[j]);
                }
            }
            nearest[i] = best;
        }
        return calibrated(new ExamplesByIntent(embeddings, labels, intents), new double[0], nearest, flagRate);
    }

    /** The same calibration over a new example set, after the head was refitted on every example. */
    OutOfScopeDetector withExamples(ExamplesByIntent refitted) {
        return new OutOfScopeDetector(refitted, confidences, nearest, threshold);
    }

    boolean outOfScope(double confidence, float[] embedding, int[] topIntents) {
        if (confidences.length > 0 && percentile(confidences, confidence) >= threshold) {
            // The score adds a percentile (never negative) to this one, so it cannot fall below the threshold: the
            // verdict is known without the scan for the nearest example, the largest Java cost of classifying.
            return false;
        }
        double similarity = examples.nearest(embedding, topIntents);
        return score(confidences.length == 0 ? Double.NaN : confidence, similarity) < threshold;
    }

    private double score(double confidence, double similarity) {
        double s = percentile(nearest, similarity);
        return Double.isNaN(confidence) ? s : s + percentile(confidences, confidence);
    }

    /** Share of the sorted values strictly below {@code value}. */
    private static double percentile(double[] sortedValues, double value) {
        int i = Arrays.binarySearch(sortedValues, value);
        int below = i >= 0 ? firstIndexOf(sortedValues, i) : -i - 1;
        return below / (double) Math.max(sortedValues.length, 1);
    }

    private static int firstIndexOf(double[] values, int found) {
        int i = found;
        while (i > 0 && values[i - 1] == values[found]) {
            i--;
        }
        return i;
    }

    private static double quantile(double[] sortedValues, double q) {
        int index = (int) Math.floor(q * sortedValues.length);
        return sortedValues[Math.min(Math.max(index, 0), sortedValues.length - 1)];
    }

    private static double[] sorted(double[] values) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }
}
