package dev.penny.channels.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.penny.core.policy.PolicySettings;
import dev.penny.intents.classifier.ScoredAnswer;
import dev.penny.intents.retriever.PassageCalibration;
import dev.penny.intents.understanding.TrainedUnderstanding;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class PassageThresholdsTest {

    @Test
    void enough_questions_from_the_articles_set_the_threshold_for_the_precision_asked() {
        PassageCalibration calibration = questions(40);

        PolicySettings at90 = settings(null, 0.9, calibration);
        PolicySettings at80 = settings(null, 0.8, calibration);

        assertThat(at90.minPassageScore())
                .isEqualTo(calibration.at(0.9).orElseThrow().threshold());
        assertThat(at90.minPassageScore()).isNotEqualTo(PolicySettings.DEFAULT_MIN_PASSAGE_SCORE);
        assertThat(at80.minPassageScore()).isLessThan(at90.minPassageScore());
        assertThat(at90.passageThresholdOrigin())
                .isEqualTo("calibrated for 0.900 precision on 40 questions from the articles");
    }

    @Test
    void too_few_questions_fall_back_to_the_default_and_say_so() {
        PolicySettings settings = settings(null, 0.9, questions(PassageCalibration.MIN_QUESTIONS - 1));

        assertThat(settings.minPassageScore()).isEqualTo(PolicySettings.DEFAULT_MIN_PASSAGE_SCORE);
        assertThat(settings.passageThresholdOrigin())
                .isEqualTo("default: 19 questions from the articles, fewer than " + PassageCalibration.MIN_QUESTIONS);
    }

    @Test
    void a_catalog_without_articles_keeps_the_default() {
        PolicySettings settings = settings(null, 0.9, PassageCalibration.NONE);

        assertThat(settings.minPassageScore()).isEqualTo(PolicySettings.DEFAULT_MIN_PASSAGE_SCORE);
        assertThat(settings.passageThresholdOrigin()).isEqualTo("default");
        assertThat(new TrainedUnderstanding(text -> null, (q, l) -> List.of(), null).passages())
                .isEqualTo(PassageCalibration.NONE);
    }

    @Test
    void a_precision_no_score_reaches_on_the_articles_keeps_the_default_and_says_so() {
        PolicySettings settings = settings(null, 0.99, questions(40));

        assertThat(settings.minPassageScore()).isEqualTo(PolicySettings.DEFAULT_MIN_PASSAGE_SCORE);
        assertThat(settings.passageThresholdOrigin())
                .isEqualTo("default: no score reaches 0.990 precision on 40 questions from the articles");
    }

    @Test
    void a_configured_threshold_wins_over_the_calibrated_one() {
        PolicySettings settings = settings(0.75, 0.9, questions(40));

        assertThat(settings.minPassageScore()).isEqualTo(0.75);
        assertThat(settings.passageThresholdOrigin()).isEqualTo("configured");
    }

    @Test
    void a_passage_precision_outside_zero_to_one_is_refused() {
        assertThatThrownBy(() -> new PolicyProperties(null, null, null, null, null, null, null, null, 1.5, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("penny.policy.passage-precision");
    }

    private static PolicySettings settings(Double configured, double precision, PassageCalibration calibration) {
        PolicyProperties properties =
                new PolicyProperties(null, null, null, null, null, null, null, configured, precision, null);
        return PolicyDefaults.settings(
                properties, TrainedUnderstanding.UNCALIBRATED, calibration, false, OptionalDouble.empty());
    }

    /**
     * {@code count} questions: as asked, scored from 0.95 down and right but for every fourth below 0.9; left out,
     * scored 0.5. The higher the precision asked, the fewer of the lower answers it can afford.
     */
    private static PassageCalibration questions(int count) {
        List<ScoredAnswer> answers = new ArrayList<>();
        for (int q = 0; q < count; q++) {
            double score = 0.95 - q * 0.005;
            answers.add(new ScoredAnswer(score, q % 4 != 3 || score > 0.9));
            answers.add(new ScoredAnswer(0.5, false));
        }
        return new PassageCalibration(answers, count);
    }
}
