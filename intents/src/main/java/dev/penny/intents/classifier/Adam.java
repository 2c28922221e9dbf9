package dev.penny.intents.classifier;

/** Adam's per-parameter moment estimates; adaptive steps let one learning rate suit every catalog size. */
final class Adam {

    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPSILON = 1e-8;

    private final float[] m;
    private final float[] v;
    private int t;

    Adam(int parameters) {
        m = new float[parameters];
        v = new float[parameters];
    }

    void step(float[][] params, float[][] grads, double lr) {
        t++;
        double correction = lr * Math.sqrt(1 - Math.pow(BETA2, t)) / (1 - Math.pow(BETA1, t));
        int k = 0;
        for (int r = 0; r < params.length; r++) {
            float[] p = params[r];
            float[] g = grads[r];
            for (int i = 0; i < p.length; i++, k++) {
                update(p, g, i, k, correction);
            }
        }
    }

    void step(float[] params, float[] grads, double lr) {
        t++;
        double correction = lr * Math.sqrt(1 - Math.pow(BETA2, t)) / (1 - Math.pow(BETA1, t));
        for (int i = 0; i < params.length; i++) {
            update(params, grads, i, i, correction);
        }
    }

    private void update(float[] p, float[] g, int i, int k, double correction) {
        m[k] = (float) (BETA1 * m[k] + (1 - BETA1) * g[i]);
        v[k] = (float) (BETA2 * v[k] + (1 - BETA2) * g[i] * g[i]);
        p[i] -= (float) (correction * m[k] / (Math.sqrt(v[k]) + EPSILON));
    }
}
