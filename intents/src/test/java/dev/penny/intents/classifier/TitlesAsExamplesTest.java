package dev.penny.intents.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.intents.catalog.Catalog;
import dev.penny.intents.catalog.CatalogLoader;
import dev.penny.intents.catalog.LabelledExample;
import dev.penny.intents.encoder.EncoderModel;
import dev.penny.intents.encoder.OnnxSentenceEncoder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TitlesAsExamplesTest {

    private static OnnxSentenceEncoder encoder;
    private static Catalog catalog;

    @BeforeAll
    static void load() {
        encoder = OnnxSentenceEncoder.load(EncoderModel.bgeSmallEnV15Quantized());
        catalog = new CatalogLoader()
                .load(Path.of("src/test/resources/catalogs/three-per-intent.yml"))
                .catalog();
    }

    @AfterAll
    static void close() {
        encoder.close();
    }

    @Test
    void titles_are_fitted_by_every_fold_and_never_held_out() {
        int[] labels = {0, 0, 0, 1, 1, 1};
        List<String> texts = List.of("a", "b", "c", "d", "e", "f");
        for (HeldOutSplit split : HeldOutSplit.folds(texts, labels, 3, 42)) {
            HeldOutSplit withTitles = split.alsoFitting(6, 2);
            assertThat(IntStream.of(withTitles.fitted()).boxed().toList()).contains(6, 7);
            assertThat(IntStream.of(withTitles.heldOut()).boxed().toList()).doesNotContain(6, 7);
            assertThat(withTitles.all()).hasSize(8);
        }
    }

    @Test
    void calibration_judges_the_examples_only() {
        List<LabelledExample> examples = catalog.trainingExamples();
        OnnxIntentClassifier classifier =
                new IntentClassifierTrainer(encoder, TrainingOptions.defaults()).train(examples, catalog.titles());
        assertThat(catalog.titles()).hasSize(catalog.intents().size());
        assertThat(classifier.calibration().heldOutExamples()).isEqualTo(examples.size());
    }

    @Test
    void a_title_of_an_intent_without_examples_adds_no_intent() {
        List<LabelledExample> titles = new ArrayList<>(catalog.titles());
        titles.add(new LabelledExample("Cancel my subscription", "cancel_subscription"));
        titles.add(new LabelledExample(" ", catalog.intents().get(0).id()));
        OnnxIntentClassifier classifier = new IntentClassifierTrainer(encoder, TrainingOptions.defaults())
                .train(catalog.trainingExamples(), titles);
        assertThat(classifier.intentIds()).doesNotContain("cancel_subscription");
        assertThat(classifier.intentIds()).hasSize(catalog.intents().size());
    }

    @Test
    void only_a_catalog_calibrated_out_of_fold_trains_on_titles() {
        List<LabelledExample> titles = catalog.titles();
        List<String> ids = catalog.intents().stream().map(i -> i.id()).toList();
        TrainingOptions small = TrainingOptions.defaults().withOutOfFoldBelow(49);
        TrainingOptions large = TrainingOptions.defaults().withOutOfFoldBelow(48);
        assertThat(TrainedTitles.of(48, titles, ids, small)).hasSameSizeAs(titles);
        assertThat(TrainedTitles.of(48, titles, ids, large)).isEmpty();
    }
}
