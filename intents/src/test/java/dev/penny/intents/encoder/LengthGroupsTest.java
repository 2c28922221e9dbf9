package dev.penny.intents.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LengthGroupsTest {

    @Test
    void texts_of_one_length_share_a_batch_up_to_its_size() {
        List<int[]> groups = LengthGroups.of(new int[] {9, 9, 9, 9, 9}, 2, 0.1);
        assertThat(groups).extracting(g -> g.length).containsExactly(2, 2, 1);
    }

    @Test
    void a_much_longer_text_starts_a_batch_of_its_own() {
        List<int[]> groups = LengthGroups.of(new int[] {40, 10, 10, 11}, 32, 0.1);
        assertThat(groups).hasSize(2);
        assertThat(groups.get(0)).containsExactly(1, 2, 3);
        assertThat(groups.get(1)).containsExactly(0);
    }

    @Test
    void padding_in_every_batch_stays_within_the_slack() {
        int[] counts = IntStream.range(0, 300).map(i -> 5 + (i * 37) % 50).toArray();
        for (int[] group : LengthGroups.of(counts, 32, 0.1)) {
            int longest = Arrays.stream(group).map(i -> counts[i]).max().orElseThrow();
            int real = Arrays.stream(group).map(i -> counts[i]).sum();
            assertThat(longest * group.length - real).isLessThanOrEqualTo((int) (0.1 * longest * group.length));
        }
    }

    @Test
    void every_text_is_in_exactly_one_batch() {
        int[] counts = IntStream.range(0, 100).map(i -> 3 + (i * 7) % 20).toArray();
        int[] seen = LengthGroups.of(counts, 8, 0.2).stream()
                .flatMapToInt(Arrays::stream)
                .sorted()
                .toArray();
        assertThat(seen).containsExactly(IntStream.range(0, 100).toArray());
    }
}
