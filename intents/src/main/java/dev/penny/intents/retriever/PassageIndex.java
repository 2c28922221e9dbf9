package dev.penny.intents.retriever;

import dev.penny.intents.encoder.EmbeddingMatrix;
import java.util.Arrays;
import java.util.List;

/** Unit vectors of every passage with the FAQ entry each belongs to. */
final class PassageIndex {

    private final EmbeddingMatrix matrix;
    private final int[] owners;
    private final int entries;

    PassageIndex(float[][] vectors, List<Integer> owners, int entries) {
        this.matrix = new EmbeddingMatrix(vectors);
        this.owners = owners.stream().mapToInt(Integer::intValue).toArray();
        this.entries = entries;
    }

    /** The highest similarity of the query to any passage of each entry. */
    float[] bestPerEntry(float[] query) {
        float[] best = new float[entries];
        Arrays.fill(best, -1f);
        float[] similarities = matrix.similarities(query);
        for (int row = 0; row < owners.length; row++) {
            if (similarities[row] > best[owners[row]]) {
                best[owners[row]] = similarities[row];
            }
        }
        return best;
    }
}
