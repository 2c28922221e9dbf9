package dev.penny.intents.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.intents.retriever.RankedOwner;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PassageThresholdTest {

    private static final List<String> IDS = List.of("a", "b", "c");

    @Test
    void counts_each_query_left_without_its_articles_as_a_quote_that_would_be_wrong() {
        // every query is ranked right at 0.9; without its article the best other one scores 0.6
        List<List<RankedOwner>> rankings = new ArrayList<>();
        List<Set<String>> relevant = new ArrayList<>();
        for (int q = 0; q < 60; q++) {
            rankings.add(List.of(new RankedOwner(0, 1, 0.9), new RankedOwner(1, 0.5, 0.6)));
            relevant.add(Set.of("a"));
        }

        PassageThreshold at95 = PassageThreshold.of(rankings, IDS, relevant).get(1);

        assertThat(at95.chosen().targetPrecision()).isEqualTo(0.95);
        assertThat(at95.chosen().threshold()).isEqualTo(0.9);
        assertThat(at95.chosen().heldOutCoverage()).isEqualTo(0.5);
        assertThat(at95.chosen().heldOutPrecision()).isEqualTo(1.0);
        assertThat(at95.heldOut())
                .allSatisfy(h -> assertThat(h.heldOutPrecision()).isEqualTo(1.0));
    }

    @Test
    void asks_for_a_higher_score_the_higher_the_precision_asked() {
        List<List<RankedOwner>> rankings = new ArrayList<>();
        List<Set<String>> relevant = new ArrayList<>();
        for (int q = 0; q < 1000; q++) {
            double score = 0.5 + q / 2500.0;
            // right more often the higher the score
            boolean right = q % 10 < q / 90;
            rankings.add(List.of(new RankedOwner(right ? 0 : 2, 1, score), new RankedOwner(1, 0.5, 0.55)));
            relevant.add(Set.of("a"));
        }

        List<PassageThreshold> thresholds = PassageThreshold.of(rankings, IDS, relevant);

        assertThat(thresholds).extracting(t -> t.chosen().threshold()).isSorted();
        assertThat(thresholds.get(0).chosen().threshold())
                .isLessThan(thresholds.get(2).chosen().threshold());
    }
}
