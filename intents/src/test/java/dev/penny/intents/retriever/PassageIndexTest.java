package dev.penny.intents.retriever;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.intents.RandomUnitVectors;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class PassageIndexTest {

    private static final int DIMENSION = 384;

    @Test
    void the_column_scan_gives_every_passages_dot_product_and_each_entrys_best() {
        Random random = new Random(11);
        float[][] passages = new float[1_000][];
        List<Integer> owners = new ArrayList<>();
        for (int i = 0; i < passages.length; i++) {
            passages[i] = unit(random);
            owners.add(i % 7);
        }
        PassageIndex index = new PassageIndex(passages, owners, 8);
        float[] query = unit(random);

        float[] similarities = index.similarities(query);
        float[] expectedBest = new float[8];
        java.util.Arrays.fill(expectedBest, -1f);
        for (int i = 0; i < passages.length; i++) {
            double dot = 0;
            for (int d = 0; d < DIMENSION; d++) {
                dot += (double) query[d] * passages[i][d];
            }
            assertThat((double) similarities[i]).isCloseTo(dot, Offset.offset(1e-5));
            expectedBest[owners.get(i)] = Math.max(expectedBest[owners.get(i)], (float) dot);
        }
        float[] best = index.bestPerEntry(query);
        for (int e = 0; e < 7; e++) {
            assertThat(best[e]).isCloseTo(expectedBest[e], Offset.offset(1e-5f));
        }
        // An entry with no passage keeps the floor.
        assertThat(best[7]).isEqualTo(-1f);
    }

    @Test
    void an_empty_index_scores_nothing() {
        PassageIndex index = new PassageIndex(new float[0][], List.of(), 2);
        assertThat(index.similarities(new float[DIMENSION])).isEmpty();
        assertThat(index.bestPerEntry(new float[DIMENSION])).containsExactly(-1f, -1f);
    }

    private static float[] unit(Random random) {
        return RandomUnitVectors.next(random, DIMENSION);
    }
}
