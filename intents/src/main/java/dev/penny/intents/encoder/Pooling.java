package dev.penny.intents.encoder;

/**
 * How a sentence vector is made from a transformer's per-token vectors. Each model is trained with one of these,
 * and using the other one quietly ruins its embeddings, so the choice is part of the model's configuration.
 */
public enum Pooling {
    /** The vector of the first ([CLS]) token: BGE models. */
    CLS,
    /** The attention-masked mean of all token vectors: sentence-transformers models such as all-MiniLM-L6-v2. */
    MEAN;

    /**
     * Pools one sentence out of a batch output and normalises it to unit length. DJL's OnnxRuntime arrays have no
     * math, so this works on the flat float array the model returned.
     *
     * @param hidden the flat {@code [batch, tokens, dim]} output
     * @param row which sentence of the batch
     * @param tokens padded token count of the batch
     * @param dim vector size
     * @param mask the sentence's attention mask, 1 for real tokens
     */
    float[] pool(float[] hidden, int row, int tokens, int dim, long[] mask) {
        float[] out = new float[dim];
        int base = row * tokens * dim;
        if (this == CLS) {
            System.arraycopy(hidden, base, out, 0, dim);
        } else {
            int counted = 0;
            for (int t = 0; t < tokens && t < mask.length; t++) {
                if (mask[t] == 0) {
                    continue;
                }
                counted++;
                int offset = base + t * dim;
                for (int d = 0; d < dim; d++) {
                    out[d] += hidden[offset + d];
                }
            }
            for (int d = 0; d < dim; d++) {
                out[d] /= Math.max(counted, 1);
            }
        }
        return normalise(out);
    }

    static float[] normalise(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += x * x;
        }
        float inverse = (float) (1.0 / Math.max(Math.sqrt(sum), 1e-12));
        for (int i = 0; i < v.length; i++) {
            v[i] *= inverse;
        }
        return v;
    }
}
