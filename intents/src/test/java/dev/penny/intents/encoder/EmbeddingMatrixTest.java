package dev.penny.intents.encoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class EmbeddingMatrixTest {

    private static final int DIMENSION = 384;

    @Test
    void similarities_are_the_dot_products_with_every_row_in_row_order() {
        Random random = new Random(3);
        float[][] rows = new float[37][];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = unit(random);
        }
        float[] query = unit(random);

        float[] similarities = new EmbeddingMatrix(rows).similarities(query);

        assertThat(similarities).hasSize(rows.length);
        for (int r = 0; r < rows.length; r++) {
            assertThat(similarities[r]).isCloseTo(dot(query, rows[r]), within(1e-5f));
        }
    }

    @Test
    void nearest_is_the_best_row_and_minus_one_without_rows() {
        Random random = new Random(5);
        float[] query = unit(random);
        float[][] rows = {unit(random), query.clone(), unit(random)};

        assertThat(new EmbeddingMatrix(rows).nearest(query)).isCloseTo(1f, within(1e-5f));
        assertThat(new EmbeddingMatrix(new float[0][]).nearest(query)).isEqualTo(-1f);
    }

    private static float[] unit(Random random) {
        float[] v = new float[DIMENSION];
        double norm = 0;
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) random.nextGaussian();
            norm += v[i] * v[i];
        }
        for (int i = 0; i < v.length; i++) {
            v[i] /= (float) Math.sqrt(norm);
        }
        return v;
    }

    private static float dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return (float) s;
    }
}
