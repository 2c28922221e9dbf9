package dev.penny.intents.classifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.penny.core.understanding.IntentPrediction;
import dev.penny.core.understanding.IntentScore;
import dev.penny.intents.catalog.Catalog;
import dev.penny.intents.catalog.CatalogLoader;
import dev.penny.intents.encoder.EncoderModel;
import dev.penny.intents.encoder.OnnxSentenceEncoder;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EnsembleIntentClassifierTest {

    private static OnnxSentenceEncoder bge;
    private static OnnxSentenceEncoder miniLm;
    private static OnnxIntentClassifier bgeAlone;
    private static OnnxIntentClassifier miniLmAlone;
    private static OnnxIntentClassifier ensemble;

    @BeforeAll
    static void train() {
        bge = OnnxSentenceEncoder.load(EncoderModel.bgeSmallEnV15Quantized());
        miniLm = OnnxSentenceEncoder.load(EncoderModel.allMiniLmL6V2());
        Catalog catalog = new CatalogLoader()
                .load(Path.of("src/test/resources/catalogs/small-bank.yml"))
                .catalog();
        TrainingOptions options = TrainingOptions.defaults();
        bgeAlone = new IntentClassifierTrainer(bge, options).train(catalog.trainingExamples());
        miniLmAlone = new IntentClassifierTrainer(miniLm, options).train(catalog.trainingExamples());
        ensemble = new IntentClassifierTrainer(List.of(bge, miniLm), options).train(catalog.trainingExamples());
    }

    @AfterAll
    static void close() {
        bge.close();
        miniLm.close();
    }

    @Test
    void averages_the_calibrated_probabilities_of_one_head_per_encoder() {
        String question = "my new card hasn't been delivered yet";
        IntentScore top = ensemble.classify(question).top().orElseThrow();
        double expected =
                (confidence(bgeAlone, question, top.intentId()) + confidence(miniLmAlone, question, top.intentId()))
                        / 2;
        assertThat(top.intentId()).isEqualTo("card_arrival");
        assertThat(top.confidence()).isCloseTo(expected, within(1e-9));
        assertThat(ensemble.calibration().temperatures())
                .containsExactly(
                        bgeAlone.calibration().temperatures().get(0),
                        miniLmAlone.calibration().temperatures().get(0));
    }

    @Test
    void answers_paraphrases_and_flags_unrelated_questions() {
        assertThat(topIntent("somebody stole my credit card")).isEqualTo("lost_or_stolen_card");
        assertThat(topIntent("I need to pick another PIN")).isEqualTo("change_pin");
        assertThat(ensemble.classify("What is a good recipe for banana bread?").outOfScope())
                .isTrue();
        assertThat(ensemble.classify("When will my new card arrive?").outOfScope())
                .isFalse();
    }

    @Test
    void hands_the_primary_encoders_vector_to_the_retriever() {
        var question = ensemble.classifyQuestions(List.of("change my pin")).get(0);
        assertThat(ensemble.encoder()).isSameAs(bge);
        assertThat(ensemble.encoders()).containsExactly(bge, miniLm);
        assertThat(ensemble.modelName()).isEqualTo("bge-small-en-v1.5-q+all-minilm-l6-v2");
        assertThat(bgeAlone.modelName()).isEqualTo("bge-small-en-v1.5-q");
        assertThat(question.vector().orElseThrow().space()).isEqualTo(bge.name());
        assertThat(question.vector().orElseThrow().values()).hasSize(bge.dimension());
    }

    private static String topIntent(String question) {
        return ensemble.classify(question).top().orElseThrow().intentId();
    }

    private static double confidence(OnnxIntentClassifier classifier, String question, String intentId) {
        IntentPrediction p = classifier.classify(question);
        return p.ranked().stream()
                .filter(s -> s.intentId().equals(intentId))
                .findFirst()
                .orElseThrow()
                .confidence();
    }
}
