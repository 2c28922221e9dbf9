package dev.penny.intents.classifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class NeighbourVotesTest {

    /** Three intents in the plane: 0 around the x axis, 1 around the y axis, 2 opposite the x axis. */
    private static final float[][] EXAMPLES = {
        unit(1, 0), unit(1, 0.1f), unit(1, -0.1f), unit(0, 1), unit(0.1f, 1), unit(-1, 0), unit(-1, 0.1f)
    };

    private static final int[] LABELS = {0, 0, 0, 1, 1, 2, 2};

    private final ExamplesByIntent examples = new ExamplesByIntent(EXAMPLES, LABELS, 3);

    @Test
    void the_nearest_examples_vote_for_their_intents_nearer_ones_louder() {
        double[] votes = examples.votes(unit(1, 1.2f), new int[] {0, 1, 2}, 3, 0.05);

        assertThat(votes[0] + votes[1] + votes[2]).isCloseTo(1.0, within(1e-9));
        // nearest three: two of intent 1 (the closer ones) and one of intent 0
        assertThat(votes[1]).isGreaterThan(votes[0]);
        assertThat(votes[0]).isGreaterThan(0.0);
        assertThat(votes[2]).isZero();
    }

    @Test
    void only_the_candidate_intents_examples_vote() {
        double[] votes = examples.votes(unit(1, 0), new int[] {1, 2}, 3, 0.05);

        assertThat(votes[0]).isZero();
        assertThat(votes[1] + votes[2]).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void a_sharp_temperature_does_not_overflow() {
        double[] votes = examples.votes(unit(1, 0), new int[] {0, 1}, 5, 1e-4);

        assertThat(votes[0]).isCloseTo(1.0, within(1e-6));
        assertThat(votes).doesNotContain(Double.NaN);
    }

    @Test
    void the_votes_can_overturn_a_heads_narrow_preference() {
        double[] heads = {0.45, 0.55, 0.0};

        double[] blended = NeighbourVotes.blend(heads, List.of(examples), List.of(unit(1, 0.05f)), 0.35);

        assertThat(blended[0]).isGreaterThan(blended[1]);
        assertThat(blended[0] + blended[1] + blended[2]).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void each_member_votes_with_its_own_vectors_and_weight_zero_keeps_the_heads() {
        double[] heads = {0.5, 0.5, 0.0};
        ExamplesByIntent second = new ExamplesByIntent(EXAMPLES, LABELS, 3);

        double[] blended = NeighbourVotes.blend(heads, List.of(examples, second), List.of(unit(1, 0), unit(0, 1)), 0.4);

        // the primary's question sits among intent 0's examples, the second member's among intent 1's
        assertThat(blended[0]).isCloseTo(blended[1], within(1e-3));
        assertThat(NeighbourVotes.blend(heads, List.of(examples), List.of(unit(1, 0)), 0.0))
                .isSameAs(heads);
    }

    private static float[] unit(float x, float y) {
        float norm = (float) Math.sqrt(x * x + y * y);
        return new float[] {x / norm, y / norm};
    }
}
