package dev.penny.intents;

import java.util.Random;

/** Random directions of a sentence-vector space, of unit length like an encoder's output, for tests. */
public final class RandomUnitVectors {

    private RandomUnitVectors() {}

    public static float[] next(Random random, int dimension) {
        float[] v = new float[dimension];
        double norm = 0;
        for (int d = 0; d < dimension; d++) {
            v[d] = (float) random.nextGaussian();
            norm += v[d] * v[d];
        }
        for (int d = 0; d < dimension; d++) {
            v[d] /= (float) Math.sqrt(norm);
        }
        return v;
    }
}
