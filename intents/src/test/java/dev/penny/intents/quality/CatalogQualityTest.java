package dev.penny.intents.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.penny.core.cost.CostSettings;
import dev.penny.intents.catalog.Catalog;
import dev.penny.intents.catalog.CatalogLoader;
import dev.penny.intents.catalog.Intent;
import dev.penny.intents.classifier.TrainingOptions;
import dev.penny.intents.encoder.CachingSentenceEncoder;
import dev.penny.intents.encoder.EncoderModel;
import dev.penny.intents.encoder.OnnxSentenceEncoder;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The report on a ten-intent catalog written for it, with the real model. */
class CatalogQualityTest {

    private static final CostRates RATES = CostRates.from(CostSettings.defaults(), 20, 180, 1.5);

    private static CachingSentenceEncoder encoder;
    private static Catalog catalog;
    private static QualityReport report;

    @BeforeAll
    static void report() {
        encoder = new CachingSentenceEncoder(OnnxSentenceEncoder.load(EncoderModel.bgeSmallEnV15Quantized()), 10_000);
        catalog = new CatalogLoader()
                .load(Path.of("src/test/resources/catalogs/quality-bank.yml"))
                .catalog();
        long started = System.nanoTime();
        report = CatalogQuality.report(catalog, encoder, TrainingOptions.defaults(), 5, RATES);
        System.out.printf(
                "quality report of %d intents, %d examples, 5 folds, cold encoder: %d ms%n",
                catalog.intents().size(), report.examples(), (System.nanoTime() - started) / 1_000_000);
    }

    @AfterAll
    static void close() {
        encoder.close();
    }

    @Test
    void tests_every_example_once_and_is_mostly_right() {
        assertThat(report.folds()).isEqualTo(5);
        assertThat(report.examples()).isEqualTo(93);
        assertThat(report.accuracy()).isBetween(0.7, 1.0);
    }

    @Test
    void names_the_two_intents_that_ask_the_same_thing_as_most_confused() {
        ConfusedPair top = report.confusedPairs().get(0);

        assertThat(top.intentA()).isEqualTo("card_arrival");
        assertThat(top.intentB()).isEqualTo("card_delivery_time");
        assertThat(top.examples())
                .hasSizeBetween(1, 3)
                .allSatisfy(example -> assertThat(List.of(example.expected(), example.predicted()))
                        .containsExactlyInAnyOrder("card_arrival", "card_delivery_time"));
        assertThat(report.confusedPairs()).hasSizeLessThanOrEqualTo(10);
    }

    @Test
    void reports_the_intent_with_too_few_examples() {
        assertThat(report.thinIntents()).containsExactly(new ThinIntent("opening_hours", 3, 10));
    }

    @Test
    void automates_less_and_costs_more_as_the_threshold_rises() {
        List<CurvePoint> curve = report.curve();
        assertThat(curve).hasSize(21);
        for (int i = 1; i < curve.size(); i++) {
            assertThat(curve.get(i).automationRate())
                    .isLessThanOrEqualTo(curve.get(i - 1).automationRate());
            assertThat(curve.get(i).llmCostPer1000())
                    .isGreaterThanOrEqualTo(curve.get(i - 1).llmCostPer1000());
            assertThat(curve.get(i).agentCostPer1000())
                    .isGreaterThan(curve.get(i).llmCostPer1000());
        }
        assertThat(curve.get(0).automationRate()).isGreaterThan(0.5);
        CurvePoint last = curve.get(20);
        assertThat(last.llmCostPer1000())
                .isEqualTo(RATES.per1000Conversations(1 - last.automationRate(), RATES.llmMicrosPerEscalation()));
    }

    @Test
    void calibrates_a_threshold_for_a_catalog_too_small_to_hold_examples_out() {
        // each fold's training calibrates on its own examples' out-of-fold predictions
        assertThat(report.calibratedThreshold()).isNotNull().isBetween(0.0, 1.0);
        assertThat(report.chosenThreshold()).isNull();
        assertThat(report.withChosenThreshold(0.8).chosenThreshold()).isEqualTo(0.8);
    }

    @Test
    void encoded_each_example_once_over_all_folds() {
        assertThat(encoder.misses()).isLessThanOrEqualTo(93 + 10);
    }

    @Test
    void refuses_a_catalog_too_small_to_cross_validate() {
        Catalog tiny = new Catalog(
                "en",
                List.of(
                        new Intent("a", null, List.of("x"), "A", List.of(), List.of(), List.of(), null),
                        new Intent("b", null, List.of("y"), "B", List.of(), List.of(), List.of(), null)));

        assertThatThrownBy(() -> CatalogQuality.report(tiny, encoder, TrainingOptions.defaults(), 5, RATES))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
