package dev.penny.intents.encoder;

/**
 * Unit vectors stored row after row in one array, scanned by brute force: a few thousand 384-dimensional rows take
 * about a millisecond, which needs no approximate index and gives exact answers.
 */
public final class EmbeddingMatrix {

    private final float[] values;
    private final int dimension;
    private final int rows;

    public EmbeddingMatrix(float[][] vectors) {
        this.rows = vectors.length;
        this.dimension = rows == 0 ? 0 : vectors[0].length;
        this.values = new float[rows * dimension];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(vectors[i], 0, values, i * dimension, dimension);
        }
    }

    public int rows() {
        return rows;
    }

    /** Cosine similarity of {@code query} (a unit vector) to every row. */
    public float[] similarities(float[] query) {
        float[] out = new float[rows];
        for (int row = 0; row < rows; row++) {
            out[row] = dot(query, row * dimension);
        }
        return out;
    }

    /** The highest cosine similarity of {@code query} to any row; -1 when there are no rows. */
    public float nearest(float[] query) {
        float best = -1f;
        for (int row = 0; row < rows; row++) {
            best = Math.max(best, dot(query, row * dimension));
        }
        return best;
    }

    private float dot(float[] query, int offset) {
        // four accumulators let the JIT keep the floating-point pipeline full
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int i = 0;
        for (; i + 3 < dimension; i += 4) {
            s0 += query[i] * values[offset + i];
            s1 += query[i + 1] * values[offset + i + 1];
            s2 += query[i + 2] * values[offset + i + 2];
            s3 += query[i + 3] * values[offset + i + 3];
        }
        for (; i < dimension; i++) {
            s0 += query[i] * values[offset + i];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
