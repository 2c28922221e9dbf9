package dev.penny.intents.classifier;

import java.util.stream.IntStream;

/**
 * Adam's per-parameter moment estimates; adaptive steps let one learning rate suit every catalog size.
 *
 * <p>Every step updates every weight (weight decay reaches even the lexical weights a batch does not touch), so this
 * loop is most of a training's time. It is written in float arithmetic over one row at a time so the JIT turns it into
 * SIMD code, and rows run in parallel; each weight's update depends only on its own moments, so the result does not
 * depend on scheduling. (Double arithmetic, as before, made training five to ten times slower for the same accuracy.)
 */
final class Adam {

    private static final float BETA1 = 0.9f;
    private static final float BETA2 = 0.999f;
    private static final float EPSILON = 1e-8f;

    private final float[][] m;
    private final float[][] v;
    private int t;

    Adam(int rows, int columns) {
        m = new float[rows][columns];
        v = new float[rows][columns];
    }

    void step(float[][] params, float[][] grads, double lr) {
        float correction = correction(lr);
        IntStream.range(0, params.length).parallel().forEach(r -> update(params[r], grads[r], m[r], v[r], correction));
    }

    /** For a single row of parameters, such as the biases; the instance must have one row. */
    void step(float[] params, float[] grads, double lr) {
        update(params, grads, m[0], v[0], correction(lr));
    }

    private float correction(double lr) {
        t++;
        return (float) (lr * Math.sqrt(1 - Math.pow(BETA2, t)) / (1 - Math.pow(BETA1, t)));
    }

    private static void update(float[] p, float[] g, float[] m, float[] v, float correction) {
        for (int i = 0; i < p.length; i++) {
            float gi = g[i];
            float mi = BETA1 * m[i] + (1 - BETA1) * gi;
            float vi = BETA2 * v[i] + (1 - BETA2) * gi * gi;
            m[i] = mi;
            v[i] = vi;
            p[i] -= correction * mi / ((float) Math.sqrt(vi) + EPSILON);
        }
    }
}
