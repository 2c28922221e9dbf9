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

    private static final double SMOOTH = Double.parseDouble(System.getProperty("penny.smooth", "0"));

    /** Settings measured on BANKING77 and HWU64 with the evaluation command (see README). */
    static SoftmaxTrainer defaults(long seed) {
        return new SoftmaxTrainer(30, 64, 0.001, 1e-3, seed);
    }

    static final double COSINE = Double.parseDouble(System.getProperty("penny.cosine", "0"));

    SoftmaxHead train(List<FeatureVector> features, int[] labels, int intents, int width) {
        if (COSINE > 0) {
            return trainCosine(features, labels, intents, width);
        }
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
            if (SMOOTH > 0) {
                for (int c = 0; c < p.length; c++) {
                    p[c] -= SMOOTH / p.length;
                }
                p[labels[order[i]]] -= 1.0 - SMOOTH;
            } else {
                p[labels[order[i]]] -= 1.0;
            }
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

    private SoftmaxHead trainCosine(List<FeatureVector> features, int[] labels, int intents, int width) {
        Random random = new Random(seed);
        float[][] v = new float[intents][width];
        for (float[] row : v) {
            for (int i = 0; i < width; i++) {
                row[i] = (float) (random.nextGaussian() * 0.01);
            }
        }
        float[] scale = {(float) COSINE};
        float[][] w = new float[intents][width];
        float[] b = new float[intents];
        float[][] gradW = new float[intents][width];
        float[] gradB = new float[intents];
        float[] gradS = new float[1];
        Adam adamV = new Adam(intents, width);
        Adam adamB = new Adam(1, intents);
        Adam adamS = new Adam(1, 1);
        refresh(w, v, scale[0]);
        int[] order = IntStream.range(0, features.size()).toArray();
        SoftmaxHead head = new SoftmaxHead(w, b);
        for (int epoch = 0; epoch < epochs; epoch++) {
            shuffle(order, random);
            for (int from = 0; from < order.length; from += batchSize) {
                int to = Math.min(from + batchSize, order.length);
                double[][] errors = errors(head, features, labels, order, from, to);
                int n = errors.length;
                int start = from;
                double[] ds = new double[intents];
                float s = scale[0];
                IntStream.range(0, intents).parallel().forEach(c -> {
                    float[] g = gradW[c];
                    Arrays.fill(g, 0f);
                    double gb = 0;
                    for (int i = 0; i < n; i++) {
                        float e = (float) (errors[i][c] / n);
                        features.get(order[start + i]).addScaledTo(g, e);
                        gb += e;
                    }
                    gradB[c] = (float) gb;
                    float norm = (float) Math.sqrt(Vectors.dot(v[c], v[c]));
                    float dotG = Vectors.dot(v[c], g) / norm;
                    ds[c] = dotG;
                    for (int i = 0; i < width; i++) {
                        g[i] = s / norm * (g[i] - dotG * v[c][i] / norm);
                    }
                });
                double sum = 0;
                for (double d : ds) {
                    sum += d;
                }
                gradS[0] = (float) sum;
                adamV.step(v, gradW, learningRate);
                adamB.step(b, gradB, learningRate);
                adamS.step(scale, gradS, 0.01);
                refresh(w, v, scale[0]);
            }
        }
        return head;
    }

    private static void refresh(float[][] w, float[][] v, float scale) {
        for (int c = 0; c < w.length; c++) {
            float norm = (float) Math.sqrt(Vectors.dot(v[c], v[c]));
            for (int i = 0; i < w[c].length; i++) {
                w[c][i] = scale * v[c][i] / norm;
            }
        }
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
