package dev.penny.intents.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrecisionThresholdsTest {

    @Test
    void picks_the_lowest_threshold_that_keeps_the_precision_with_margin() {
        List<ScoredAnswer> answers = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            answers.add(new ScoredAnswer(0.99 - i * 0.001, true)); // 400 confident right answers
        }
        for (int i = 0; i < 100; i++) {
            answers.add(new ScoredAnswer(0.5 - i * 0.001, i % 2 == 0)); // a murky tail, half wrong
        }
        OperatingPoint point = PrecisionThresholds.choose(answers, 0.98);
        double[] measured = PrecisionThresholds.measure(answers, point.threshold());
        assertThat(measured[1]).isGreaterThanOrEqualTo(0.98);
        assertThat(point.threshold()).isLessThan(0.6).isGreaterThan(0.4);
        assertThat(point.heldOutCoverage()).isEqualTo(measured[0]);
    }

    @Test
    void answers_nothing_when_no_threshold_reaches_the_target() {
        List<ScoredAnswer> coinFlips =
                List.of(new ScoredAnswer(0.9, false), new ScoredAnswer(0.8, true), new ScoredAnswer(0.7, false));
        OperatingPoint point = PrecisionThresholds.choose(coinFlips, 0.99);
        assertThat(point.threshold()).isGreaterThan(1.0);
        assertThat(point.heldOutCoverage()).isZero();
    }

    @Test
    void wilson_bound_is_below_the_observed_precision_and_tightens_with_more_answers() {
        double small = PrecisionThresholds.wilsonLowerBound(49, 50);
        double large = PrecisionThresholds.wilsonLowerBound(980, 1000);
        assertThat(small).isLessThan(0.98);
        assertThat(large).isLessThan(0.98).isGreaterThan(small);
    }
}
