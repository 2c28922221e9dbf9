package dev.penny.intents.classifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.penny.core.understanding.IntentPrediction;
import dev.penny.intents.catalog.Catalog;
import dev.penny.intents.catalog.CatalogLoader;
import dev.penny.intents.catalog.LabelledExample;
import dev.penny.intents.encoder.EncoderModel;
import dev.penny.intents.encoder.OnnxSentenceEncoder;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OnnxIntentClassifierTest {

    private static OnnxSentenceEncoder encoder;
    private static Catalog catalog;
    private static OnnxIntentClassifier classifier;

    @BeforeAll
    static void train() {
        encoder = OnnxSentenceEncoder.load(EncoderModel.bgeSmallEnV15Quantized());
        catalog = new CatalogLoader()
                .load(Path.of("src/test/resources/catalogs/small-bank.yml"))
                .catalog();
        classifier = new IntentClassifierTrainer(encoder, TrainingOptions.defaults()).train(catalog.trainingExamples());
    }

    @AfterAll
    static void close() {
        encoder.close();
    }

    @Test
    void answers_paraphrases_it_was_not_trained_on() {
        assertTop("my new card hasn't been delivered yet", "card_arrival");
        assertTop("somebody stole my credit card", "lost_or_stolen_card");
        assertTop("what's your rate for converting dollars", "exchange_rate");
        assertTop("adding money to my account failed", "top_up_failed");
        assertTop("I need to pick another PIN", "change_pin");
        assertTop("I want to stop being your customer and close everything", "close_account");
    }

    @Test
    void keeps_everyday_paraphrases_in_scope() {
        for (String question : List.of(
                "my new card hasn't been delivered yet",
                "somebody stole my credit card",
                "I need to pick another PIN")) {
            assertThat(classifier.classify(question).outOfScope()).as(question).isFalse();
        }
    }

    @Test
    void flags_an_unrelated_question_as_out_of_scope() {
        IntentPrediction weather = classifier.classify("Will it rain in Lisbon tomorrow afternoon?");
        IntentPrediction recipe = classifier.classify("What is a good recipe for banana bread?");
        assertThat(weather.outOfScope()).isTrue();
        assertThat(recipe.outOfScope()).isTrue();
        assertThat(classifier.classify("When will my new card arrive?").outOfScope())
                .isFalse();
    }

    @Test
    void ranks_intents_best_first_with_probabilities() {
        IntentPrediction p = classifier.classify("How long until my card arrives?");
        assertThat(p.ranked()).hasSize(5);
        assertThat(p.ranked().get(0).confidence())
                .isGreaterThanOrEqualTo(p.ranked().get(1).confidence());
        double sum = p.ranked().stream().mapToDouble(s -> s.confidence()).sum();
        assertThat(sum).isLessThanOrEqualTo(1.0 + 1e-9);
    }

    @Test
    void batch_classification_agrees_with_single_questions() {
        List<String> questions = List.of("I lost my wallet and card", "change my pin", "close my account please");
        List<IntentPrediction> batch = classifier.classifyAll(questions);
        for (int i = 0; i < questions.size(); i++) {
            assertThat(batch.get(i).top().orElseThrow().intentId())
                    .isEqualTo(classifier
                            .classify(questions.get(i))
                            .top()
                            .orElseThrow()
                            .intentId());
        }
    }

    @Test
    void training_is_deterministic_for_a_seed() {
        OnnxIntentClassifier again =
                new IntentClassifierTrainer(encoder, TrainingOptions.defaults()).train(catalog.trainingExamples());
        String question = "is the euro rate you use fair?";
        assertThat(again.classify(question)).isEqualTo(classifier.classify(question));
    }

    @Test
    void refuses_to_train_on_a_single_intent() {
        assertThatThrownBy(() -> new IntentClassifierTrainer(encoder, TrainingOptions.defaults())
                        .train(List.of(
                                new LabelledExample("hello", "greeting"), new LabelledExample("hi", "greeting"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least two intents");
    }

    private static void assertTop(String question, String intent) {
        IntentPrediction p = classifier.classify(question);
        assertThat(p.top().orElseThrow().intentId()).as(question).isEqualTo(intent);
    }
}
