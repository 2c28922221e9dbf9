package dev.penny.intents.classifier;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Trains a {@link SoftmaxHead} by mini-batch gradient descent with Adam and L2 weight decay. Deterministic for a
 * given seed: the shuffles come from one seeded {@link Random}, and the parallel parts split work by example or by
 * intent, never summing across threads, so the result does not depend on scheduling.
 *
 * @param epochs passes over the examples
 * @param batchSize examples per update
 * @param learningRate Adam's step size
 * @param weightDecay L2 penalty on the weights; keeps the head from memorising its examples
 * @param seed seeds the shuffle order
 */
record SoftmaxTrainer(int epochs, int batchSize, double learningRate, double weightDecay, long seed) {

    /** Settings measured on BANKING77 and HWU64 with the evaluation command (see README). */
    static SoftmaxTrainer defaults(long seed) {
        return new SoftmaxTrainer(30, 64, 0.001, 1e-3, seed);
    }

    SoftmaxHead train(List<FeatureVector> features, int[] labels, int intents, int width) {
        float[][] w = new float[intents][width];
        float[] b = new float[intents];
        float[][] gradW = new float[intents][width];
        float[] gradB = new float[intents];
        Adam adamW = new Adam(intents, width);
        Adam adamB = new Adam(1, intents);
        Random random = new Random(seed);
        int[] order = IntStream.range(0, features.size()).toArray();
        SoftmaxHead head = new SoftmaxHead(w, b);
        for (int epoch = 0; epoch < epochs; epoch++) {
            shuffle(order, random);
            for (int from = 0; from < order.length; from += batchSize) {
                int to = Math.min(from + batchSize, order.length);
                double[][] errors = errors(head, features, labels, order, from, to);
                gradient(gradW, gradB, errors, features, order, from, w);
                adamW.step(w, gradW, learningRate);
                adamB.step(b, gradB, learningRate);
            }
        }
        return head;
    }

    /** Softmax output minus the one-hot label: the gradient of cross-entropy with respect to the logits. */
    private static double[][] errors(
            SoftmaxHead head, List<FeatureVector> x, int[] labels, int[] order, int from, int to) {
        double[][] errors = new double[to - from][];
        IntStream.range(from, to).parallel().forEach(i -> {
            double[] p = SoftmaxHead.softmax(head.logits(x.get(order[i])), 1.0);
            p[labels[order[i]]] -= 1.0;
            errors[i - from] = p;
        });
        return errors;
    }

    private void gradient(
            float[][] gradW,
            float[] gradB,
            double[][] errors,
            List<FeatureVector> x,
            int[] order,
            int from,
            float[][] w) {
        int n = errors.length;
        IntStream.range(0, gradW.length).parallel().forEach(c -> {
            float[] g = gradW[c];
            Arrays.fill(g, 0f);
            double gb = 0;
            for (int i = 0; i < n; i++) {
                float e = (float) (errors[i][c] / n);
                x.get(order[from + i]).addScaledTo(g, e);
                gb += e;
            }
            Vectors.addScaled(g, w[c], (float) weightDecay);
            gradB[c] = (float) gb;
        });
    }

    private static void shuffle(int[] a, Random random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
