package dev.penny.intents.encoder;

/**
 * Unit vectors scanned by brute force: a few thousand 384-dimensional rows take well under a millisecond, which needs
 * no approximate index and gives exact answers.
 *
 * <p>Stored dimension by dimension (column-major), as {@code PassageIndex} does: scoring adds one query component
 * times one contiguous column to all similarities at once, a loop without a reduction that the JIT turns into SIMD
 * instructions. Row by row, each similarity is a dot product summed in order, which it cannot vectorise; the
 * out-of-scope check runs this for every visitor message, and was the largest Java cost in a profile at saturation.
 */
public final class EmbeddingMatrix {

    private final float[] columns;
    private final int dimension;
    private final int rows;

    public EmbeddingMatrix(float[][] vectors) {
        this.rows = vectors.length;
        this.dimension = rows == 0 ? 0 : vectors[0].length;
        this.columns = new float[rows * dimension];
        for (int row = 0; row < rows; row++) {
            for (int d = 0; d < dimension; d++) {
                columns[d * rows + row] = vectors[row][d];
            }
        }
    }

    public int rows() {
        return rows;
    }

    /** Cosine similarity of {@code query} (a unit vector) to every row. */
    public float[] similarities(float[] query) {
        float[] out = new float[rows];
        for (int d = 0; d < dimension; d++) {
            float q = query[d];
            int column = d * rows;
            for (int row = 0; row < rows; row++) {
                out[row] += q * columns[column + row];
            }
        }
        return out;
    }

    /** The highest cosine similarity of {@code query} to any row; -1 when there are no rows. */
    public float nearest(float[] query) {
        float best = -1f;
        for (float similarity : similarities(query)) {
            best = Math.max(best, similarity);
        }
        return best;
    }
}
