package dev.penny.intents.classifier;

/** The little vector arithmetic the classifier needs; DJL's OnnxRuntime arrays have none. */
final class Vectors {

    private Vectors() {}

    /** Dot product with four accumulators, which lets the JIT keep the pipeline full. */
    static float dot(float[] a, float[] b) {
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int i = 0;
        int limit = a.length - 3;
        for (; i < limit; i += 4) {
            s0 += a[i] * b[i];
            s1 += a[i + 1] * b[i + 1];
            s2 += a[i + 2] * b[i + 2];
            s3 += a[i + 3] * b[i + 3];
        }
        for (; i < a.length; i++) {
            s0 += a[i] * b[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** {@code target += scale * source}. */
    static void addScaled(float[] target, float[] source, float scale) {
        for (int i = 0; i < target.length; i++) {
            target[i] += scale * source[i];
        }
    }
}
