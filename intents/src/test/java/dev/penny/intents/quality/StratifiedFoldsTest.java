package dev.penny.intents.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.penny.intents.catalog.Catalog;
import dev.penny.intents.catalog.Intent;
import dev.penny.intents.catalog.LabelledExample;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StratifiedFoldsTest {

    private static Intent intent(String id, List<String> examples) {
        return new Intent(id, null, examples, "A", List.of(), List.of(), List.of(), null);
    }

    private static List<String> numbered(String prefix, int count) {
        return IntStream.range(0, count).mapToObj(i -> prefix + " " + i).toList();
    }

    @Test
    void tests_every_example_exactly_once_and_each_intent_evenly() {
        Catalog catalog = new Catalog("en", List.of(intent("a", numbered("a", 10)), intent("b", numbered("b", 7))));

        List<List<LabelledExample>> folds = StratifiedFolds.split(catalog, 5, 42);

        assertThat(folds).hasSize(5);
        assertThat(folds.stream().flatMap(List::stream).map(LabelledExample::text))
                .containsExactlyInAnyOrderElementsOf(catalog.trainingExamples().stream()
                        .map(LabelledExample::text)
                        .toList());
        for (List<LabelledExample> fold : folds) {
            assertThat(fold.stream().filter(e -> e.intentId().equals("a"))).hasSize(2);
            assertThat(fold.stream().filter(e -> e.intentId().equals("b")).count())
                    .isBetween(1L, 2L);
        }
    }

    @Test
    void keeps_examples_that_differ_only_in_case_and_spacing_in_one_fold() {
        Catalog catalog = new Catalog(
                "en",
                List.of(
                        intent("a", List.of("Lost card", "x", "lost   CARD", "y", "z", "w")),
                        intent("b", numbered("b", 6))));

        List<List<LabelledExample>> folds = StratifiedFolds.split(catalog, 3, 7);

        assertThat(folds)
                .filteredOn(fold -> fold.stream().anyMatch(e -> e.text().equals("Lost card")))
                .singleElement()
                .satisfies(fold ->
                        assertThat(fold).extracting(LabelledExample::text).contains("lost   CARD"));
    }

    @Test
    void spreads_intents_with_fewer_examples_than_folds_over_different_folds() {
        Catalog catalog = new Catalog(
                "en",
                List.of(intent("a", numbered("a", 2)), intent("b", numbered("b", 2)), intent("c", numbered("c", 1))));

        List<List<LabelledExample>> folds = StratifiedFolds.split(catalog, 5, 1);

        assertThat(folds).hasSize(5).allSatisfy(fold -> assertThat(fold).hasSize(1));
    }

    @Test
    void leaves_out_folds_that_got_nothing_and_is_the_same_for_a_seed() {
        Catalog catalog = new Catalog("en", List.of(intent("a", numbered("a", 2)), intent("b", numbered("b", 1))));

        assertThat(StratifiedFolds.split(catalog, 10, 3)).hasSize(3);
        assertThat(StratifiedFolds.split(catalog, 10, 3)).isEqualTo(StratifiedFolds.split(catalog, 10, 3));
    }

    @Test
    void needs_two_folds() {
        assertThatThrownBy(() -> StratifiedFolds.split(new Catalog("en", List.of()), 1, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 2 folds");
    }
}
