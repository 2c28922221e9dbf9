package dev.penny.intents.retriever;

import java.util.Arrays;
import java.util.List;

/**
 * Unit vectors of every passage with the FAQ entry each belongs to, stored dimension by dimension (column-major):
 * scoring a question then adds one question component times one contiguous column to all similarities at once, a
 * loop without a reduction that the JIT turns into SIMD instructions. Row by row, each similarity is a dot product
 * summed in order, which it cannot vectorise: on the demo catalog (about 10,000 passages) the column scan is several
 * times faster.
 */
final class PassageIndex {

    private final float[][] columns;
    private final int[] owners;
    private final int entries;

    PassageIndex(float[][] vectors, List<Integer> owners, int entries) {
        int rows = vectors.length;
        int dimension = rows == 0 ? 0 : vectors[0].length;
        this.columns = new float[dimension][rows];
        for (int row = 0; row < rows; row++) {
            for (int d = 0; d < dimension; d++) {
                columns[d][row] = vectors[row][d];
            }
        }
        this.owners = owners.stream().mapToInt(Integer::intValue).toArray();
        this.entries = entries;
    }

    /** The highest similarity of the query to any passage of each entry. */
    float[] bestPerEntry(float[] query) {
        float[] best = new float[entries];
        Arrays.fill(best, -1f);
        float[] similarities = similarities(query);
        for (int row = 0; row < owners.length; row++) {
            if (similarities[row] > best[owners[row]]) {
                best[owners[row]] = similarities[row];
            }
        }
        return best;
    }

    /** Cosine similarity of the query (a unit vector) to every passage, in passage order. */
    float[] similarities(float[] query) {
        float[] out = new float[owners.length];
        for (int d = 0; d < columns.length; d++) {
            float q = query[d];
            float[] column = columns[d];
            for (int row = 0; row < out.length; row++) {
                out[row] += q * column[row];
            }
        }
        return out;
    }
}
