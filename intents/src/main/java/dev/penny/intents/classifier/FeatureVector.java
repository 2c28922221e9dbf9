package dev.penny.intents.classifier;

/**
 * What the softmax head sees of one text: a dense block (the standardised sentence embedding) followed by a sparse
 * block (hashed word and word-pair features), stored apart because the sparse block is mostly zeros.
 *
 * @param dense dense features, the first {@code dense.length} inputs of the head
 * @param indices positions of the non-zero sparse features, counted after the dense block
 * @param values their values
 */
record FeatureVector(float[] dense, int[] indices, float[] values) {

    /** Dot product with a weight row laid out as [dense weights | sparse weights]. */
    float dot(float[] weights) {
        float sum = Vectors.dot(dense, weights);
        int offset = dense.length;
        for (int k = 0; k < indices.length; k++) {
            sum += weights[offset + indices[k]] * values[k];
        }
        return sum;
    }

    /** {@code target += scale * this}, with target laid out as [dense | sparse]. */
    void addScaledTo(float[] target, float scale) {
        for (int i = 0; i < dense.length; i++) {
            target[i] += scale * dense[i];
        }
        int offset = dense.length;
        for (int k = 0; k < indices.length; k++) {
            target[offset + indices[k]] += scale * values[k];
        }
    }
}
