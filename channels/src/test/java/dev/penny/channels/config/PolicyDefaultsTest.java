package dev.penny.channels.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.intents.classifier.Calibration;
import dev.penny.intents.classifier.OperatingPoint;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class PolicyDefaultsTest {

    private static final Calibration OUT_OF_FOLD = new Calibration(
            List.of(1.0),
            List.of(
                    new OperatingPoint(0.99, Math.nextUp(1.0), 0, 1),
                    new OperatingPoint(0.98, 0.83, 0.41, 0.98),
                    new OperatingPoint(0.95, 0.61, 0.77, 0.96)),
            48,
            5);

    @Test
    void a_small_catalog_answers_at_its_out_of_fold_threshold_not_a_fixed_default() {
        assertThat(minConfidence(0.98)).isEqualTo(0.83);
        assertThat(minConfidence(0.95)).isEqualTo(0.61);
    }

    @Test
    void a_precision_without_its_own_point_takes_the_next_stricter_one() {
        assertThat(minConfidence(0.97)).isEqualTo(0.83);
    }

    @Test
    void a_precision_no_confidence_reaches_answers_nothing_from_the_faq() {
        assertThat(minConfidence(0.99)).isEqualTo(1.0);
    }

    @Test
    void a_configured_confidence_still_wins() {
        PolicyProperties configured = new PolicyProperties(0.5, 0.98, null, null, null, null, null, null, null, null);
        assertThat(PolicyDefaults.settings(configured, OUT_OF_FOLD, false, OptionalDouble.empty())
                        .minAnswerConfidence())
                .isEqualTo(0.5);
    }

    private static double minConfidence(double answeredPrecision) {
        PolicyProperties properties =
                new PolicyProperties(null, answeredPrecision, null, null, null, null, null, null, null, null);
        return PolicyDefaults.settings(properties, OUT_OF_FOLD, false, OptionalDouble.empty())
                .minAnswerConfidence();
    }
}
