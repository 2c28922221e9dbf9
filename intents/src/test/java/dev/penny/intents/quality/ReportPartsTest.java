package dev.penny.intents.quality;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.core.cost.CostSettings;
import dev.penny.intents.catalog.Catalog;
import dev.penny.intents.catalog.Intent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report's parts on verdicts made by hand, so every number can be checked by hand. */
class ReportPartsTest {

    private static Verdict verdict(String expected, String predicted, double confidence) {
        return new Verdict(expected + " asked as " + predicted, expected, predicted, confidence, false);
    }

    @Test
    void ranks_confused_pairs_in_either_direction_with_up_to_three_examples() {
        List<Verdict> verdicts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            verdicts.add(new Verdict("b" + i, "card_b", "card_a", 0.5, false));
        }
        verdicts.add(new Verdict("a0", "card_a", "card_b", 0.5, false));
        verdicts.add(verdict("pin", "lost", 0.4));
        verdicts.add(verdict("pin", "pin", 0.9));

        List<ConfusedPair> pairs = ConfusedPairs.of(verdicts);

        assertThat(pairs)
                .extracting(ConfusedPair::intentA, ConfusedPair::intentB, ConfusedPair::count)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("card_a", "card_b", 4),
                        org.assertj.core.groups.Tuple.tuple("lost", "pin", 1));
        assertThat(pairs.get(0).examples())
                .containsExactly(
                        new ConfusedExample("b0", "card_b", "card_a"),
                        new ConfusedExample("b1", "card_b", "card_a"),
                        new ConfusedExample("b2", "card_b", "card_a"));
    }

    @Test
    void keeps_the_ten_most_confused_pairs() {
        List<Verdict> verdicts = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            for (int n = 0; n <= i; n++) {
                verdicts.add(verdict("x" + (char) ('a' + i), "y", 0.5));
            }
        }

        assertThat(ConfusedPairs.of(verdicts))
                .hasSize(10)
                .first()
                .extracting(ConfusedPair::count)
                .isEqualTo(12);
    }

    @Test
    void lists_thin_intents_fewest_first_counting_distinct_examples() {
        Catalog catalog = new Catalog(
                "en",
                List.of(
                        intent("three", "a", "b", "c"),
                        intent("two_really", "a", "A", "  a ", "b"),
                        intent("plenty", "1", "2", "3", "4", "5")));

        assertThat(ThinIntents.of(catalog, 5))
                .containsExactly(new ThinIntent("two_really", 2, 5), new ThinIntent("three", 3, 5));
    }

    @Test
    void prices_each_threshold_from_the_questions_left_over() {
        List<Verdict> verdicts = List.of(
                verdict("a", "a", 0.95),
                verdict("a", "b", 0.62),
                verdict("b", "b", 0.30),
                new Verdict("weather", "b", "a", 0.99, true));
        CostRates rates = new CostRates(1, 1_000, 500_000, 2.0);

        List<CurvePoint> curve = AutomationCurve.of(verdicts, rates);

        assertThat(curve).hasSize(21);
        assertThat(curve)
                .extracting(CurvePoint::threshold)
                .startsWith(0.0, 0.05, 0.1)
                .endsWith(0.95, 1.0);
        // 0.30: three of four answered (the out-of-scope one never is), two of them right
        assertThat(curve.get(6)).isEqualTo(new CurvePoint(0.3, 0.75, 2 / 3.0, 2_000 + 500_000, 2_000 + 250_000_000));
        // 0.65: only the 0.95 one
        assertThat(curve.get(13)).isEqualTo(new CurvePoint(0.65, 0.25, 1.0, 2_000 + 1_500_000, 2_000 + 750_000_000));
        // 1.00: nothing answered, everything escalates
        assertThat(curve.get(20)).isEqualTo(new CurvePoint(1.0, 0.0, 1.0, 2_000 + 2_000_000, 2_000 + 1_000_000_000));
    }

    @Test
    void derives_cost_rates_from_pennys_cost_settings() {
        CostRates rates = CostRates.from(CostSettings.defaults(), 20, 180, 1.5);

        // 820 prompt tokens at $0.15/M (123 µ$, rounded up) + 150 answer tokens at $0.60/M (90 µ$); 3 min at $30/h
        assertThat(rates).isEqualTo(new CostRates(1, 213, 1_500_000, 1.5));
        assertThat(rates.per1000Conversations(0.5, rates.llmMicrosPerEscalation()))
                .isEqualTo(Math.round(1500 * (1 + 0.5 * 213)));
    }

    private static Intent intent(String id, String... examples) {
        return new Intent(id, null, List.of(examples), "A", List.of(), List.of(), List.of(), null);
    }
}
