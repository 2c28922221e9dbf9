package dev.penny.intents.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.intents.RandomUnitVectors;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OutOfScopeDetectorTest {

    private static final int DIMENSION = 8;
    private static final double FLAG_RATE = 0.1;

    private final Random random = new Random(11);

    @Test
    void flags_a_question_when_its_two_percentiles_add_up_to_less_than_the_flagged_share_of_held_out_questions() {
        float[][] examples = unitVectors(60);
        int[] labels = new int[examples.length];
        Arrays.setAll(labels, i -> i % 3);
        double[] heldOutConfidences = random.doubles(200).toArray();
        double[] heldOutNearest = new double[200];
        Arrays.setAll(heldOutNearest, i -> nearestOf(unitVectors(1)[0], examples, labels, i % 3));
        OutOfScopeDetector detector = OutOfScopeDetector.calibrated(
                new ExamplesByIntent(examples, labels, 3), heldOutConfidences, heldOutNearest, FLAG_RATE);
        double threshold = referenceThreshold(heldOutConfidences, heldOutNearest);

        int flagged = 0;
        for (int q = 0; q < 2_000; q++) {
            double confidence = random.nextDouble();
            float[] question = unitVectors(1)[0];
            int[] top = {q % 3};
            double nearest = nearestOf(question, examples, labels, top[0]);
            boolean expected =
                    percentile(heldOutConfidences, confidence) + percentile(heldOutNearest, nearest) < threshold;

            assertThat(detector.outOfScope(confidence, question, top))
                    .as("question %d, confidence %.3f, nearest %.3f", q, confidence, nearest)
                    .isEqualTo(expected);
            flagged += expected ? 1 : 0;
        }
        assertThat(flagged).as("both verdicts occur").isBetween(20, 1_980);
    }

    @Test
    void knows_a_confident_question_is_in_scope_without_looking_for_its_nearest_example() {
        float[][] examples = unitVectors(30);
        int[] labels = new int[examples.length];
        double[] heldOut = random.doubles(100).toArray();
        OutOfScopeDetector detector = OutOfScopeDetector.calibrated(
                new ExamplesByIntent(examples, labels, 1), heldOut, heldOut.clone(), FLAG_RATE);

        // an embedding the scan could not read: only a verdict reached without it returns
        assertThat(detector.outOfScope(0.99, new float[0], new int[] {0})).isFalse();
    }

    private double referenceThreshold(double[] confidences, double[] nearest) {
        double[] sums = new double[confidences.length];
        for (int i = 0; i < sums.length; i++) {
            sums[i] = percentile(confidences, confidences[i]) + percentile(nearest, nearest[i]);
        }
        Arrays.sort(sums);
        return sums[(int) Math.floor(FLAG_RATE * sums.length)];
    }

    /** Share of the values strictly below {@code value}. */
    private static double percentile(double[] values, double value) {
        return Arrays.stream(values).filter(v -> v < value).count() / (double) values.length;
    }

    private static double nearestOf(float[] question, float[][] examples, int[] labels, int intent) {
        double best = -1;
        for (int i = 0; i < examples.length; i++) {
            if (labels[i] == intent) {
                double dot = 0;
                for (int d = 0; d < DIMENSION; d++) {
                    dot += question[d] * examples[i][d];
                }
                best = Math.max(best, (float) dot);
            }
        }
        return best;
    }

    private float[][] unitVectors(int count) {
        float[][] out = new float[count][];
        Arrays.setAll(out, i -> RandomUnitVectors.next(random, DIMENSION));
        return out;
    }
}
