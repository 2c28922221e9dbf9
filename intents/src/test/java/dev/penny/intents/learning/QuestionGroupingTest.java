package dev.penny.intents.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionGroupingTest {

    private static float[] unit(double... values) {
        double norm = 0;
        for (double v : values) {
            norm += v * v;
        }
        float[] unit = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            unit[i] = (float) (values[i] / Math.sqrt(norm));
        }
        return unit;
    }

    @Test
    void groups_vectors_closer_than_the_threshold_and_keeps_far_ones_apart() {
        float[][] vectors = {
            unit(1, 0, 0), unit(0, 1, 0), unit(1, 0.1, 0), unit(0, 1, 0.1), unit(0, 0, 1), unit(1, 0, 0.05)
        };

        List<List<Integer>> groups = new QuestionGrouping(0.9).group(vectors);

        assertThat(groups).containsExactly(List.of(0, 2, 5), List.of(1, 3), List.of(4));
    }

    @Test
    void a_higher_threshold_splits_what_a_lower_one_joins() {
        float[][] vectors = {unit(1, 0), unit(0.8, 0.6)}; // cosine 0.8

        assertThat(new QuestionGrouping(0.75).group(vectors)).containsExactly(List.of(0, 1));
        assertThat(new QuestionGrouping(0.85).group(vectors)).containsExactly(List.of(0), List.of(1));
    }

    @Test
    void moves_a_question_to_the_group_it_ends_up_closest_to() {
        // 1 joins 0's group first; once 2 and 3 form a group nearer to it, the second pass moves it there.
        float[][] vectors = {unit(1, 0), unit(0.9, 0.44), unit(0.6, 0.8), unit(0.7, 0.71)};

        List<List<Integer>> groups = new QuestionGrouping(0.85).group(vectors);

        assertThat(groups).hasSize(2);
        assertThat(groups.stream().mapToInt(List::size).sum()).isEqualTo(4);
        assertThat(groups.get(1)).contains(2, 3);
    }

    @Test
    void groups_nothing_when_there_is_nothing() {
        assertThat(new QuestionGrouping(0.86).group(new float[0][])).isEmpty();
    }

    @Test
    void refuses_a_threshold_outside_zero_to_one() {
        assertThatThrownBy(() -> new QuestionGrouping(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QuestionGrouping(1.2)).isInstanceOf(IllegalArgumentException.class);
    }
}
