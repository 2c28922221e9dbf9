package dev.penny.intents.retriever;

import java.util.Arrays;
import java.util.List;

/**
 * Unit vectors of every passage, stored in one contiguous array (a brute-force scan over a few thousand
 * 384-dimensional rows takes about a millisecond and needs no approximate index), with the FAQ entry each belongs
 * to.
 */
final class PassageIndex {

    private final float[] matrix;
    private final int[] owners;
    private final int dimension;
    private final int entries;

    PassageIndex(float[][] vectors, List<Integer> owners, int entries) {
        this.dimension = vectors.length == 0 ? 0 : vectors[0].length;
        this.matrix = new float[vectors.length * dimension];
        for (int i = 0; i < vectors.length; i++) {
            System.arraycopy(vectors[i], 0, matrix, i * dimension, dimension);
        }
        this.owners = owners.stream().mapToInt(Integer::intValue).toArray();
        this.entries = entries;
    }

    /** The highest similarity of the query to any passage of each entry. */
    float[] bestPerEntry(float[] query) {
        float[] best = new float[entries];
        Arrays.fill(best, -1f);
        for (int row = 0; row < owners.length; row++) {
            float s = dot(query, row * dimension);
            if (s > best[owners[row]]) {
                best[owners[row]] = s;
            }
        }
        return best;
    }

    private float dot(float[] query, int offset) {
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int i = 0;
        for (; i + 3 < dimension; i += 4) {
            s0 += query[i] * matrix[offset + i];
            s1 += query[i + 1] * matrix[offset + i + 1];
            s2 += query[i + 2] * matrix[offset + i + 2];
            s3 += query[i + 3] * matrix[offset + i + 3];
        }
        for (; i < dimension; i++) {
            s0 += query[i] * matrix[offset + i];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
