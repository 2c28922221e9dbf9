package dev.penny.intents.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.intents.catalog.CatalogLoader;
import dev.penny.intents.catalog.LabelledExample;
import dev.penny.intents.encoder.EncoderModel;
import dev.penny.intents.encoder.OnnxSentenceEncoder;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SmallCatalogCalibrationTest {

    private static OnnxSentenceEncoder encoder;
    private static List<LabelledExample> examples;
    private static Calibration calibration;

    @BeforeAll
    static void train() {
        encoder = OnnxSentenceEncoder.load(EncoderModel.bgeSmallEnV15Quantized());
        examples = new CatalogLoader()
                .load(Path.of("src/test/resources/catalogs/three-per-intent.yml"))
                .catalog()
                .trainingExamples();
        calibration = new IntentClassifierTrainer(encoder, TrainingOptions.defaults())
                .train(examples)
                .calibration();
    }

    @AfterAll
    static void close() {
        encoder.close();
    }

    @Test
    void a_catalog_of_three_examples_per_intent_is_calibrated_on_every_example_out_of_fold() {
        assertThat(examples).hasSize(48);
        assertThat(calibration.outOfFold()).isTrue();
        assertThat(calibration.heldOutExamples()).isEqualTo(examples.size());
        assertThat(calibration.operatingPoints())
                .extracting(OperatingPoint::targetPrecision)
                .containsExactly(0.99, 0.98, 0.95);
    }

    @Test
    void thresholds_rise_with_the_precision_asked() {
        List<OperatingPoint> points = calibration.operatingPoints();
        assertThat(calibration.at(0.95).orElseThrow().threshold())
                .isLessThanOrEqualTo(calibration.at(0.98).orElseThrow().threshold());
        assertThat(calibration.at(0.98).orElseThrow().threshold())
                .isLessThanOrEqualTo(calibration.at(0.99).orElseThrow().threshold());
        assertThat(points)
                .allSatisfy(p -> assertThat(p.heldOutPrecision()).isGreaterThanOrEqualTo(p.targetPrecision()));
    }

    @Test
    void the_95_percent_threshold_answers_part_of_the_catalog_itself() {
        OperatingPoint point = calibration.at(0.95).orElseThrow();
        assertThat(point.threshold()).isLessThanOrEqualTo(1.0);
        assertThat(point.heldOutCoverage()).isGreaterThan(0.3);
    }

    @Test
    void folds_hold_every_example_out_once_and_keep_equal_texts_together() {
        List<String> texts = List.of("a", "A ", "b", "c", "d", "e", "f");
        int[] labels = {0, 0, 0, 1, 1, 1, 1};
        List<HeldOutSplit> folds = HeldOutSplit.folds(texts, labels, 5, 42);
        int[] timesHeldOut = new int[texts.size()];
        for (HeldOutSplit fold : folds) {
            for (int row : fold.heldOut()) {
                timesHeldOut[row]++;
            }
            assertThat(IntStream.of(fold.fitted()).boxed().toList())
                    .doesNotContainAnyElementsOf(
                            IntStream.of(fold.heldOut()).boxed().toList());
            boolean firstHeld = IntStream.of(fold.heldOut()).anyMatch(r -> r == 0);
            boolean secondHeld = IntStream.of(fold.heldOut()).anyMatch(r -> r == 1);
            assertThat(firstHeld).as("\"a\" and \"A \" share a fold").isEqualTo(secondHeld);
        }
        assertThat(timesHeldOut).containsOnly(1);
    }
}
