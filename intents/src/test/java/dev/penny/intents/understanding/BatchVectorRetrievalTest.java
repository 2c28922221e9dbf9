package dev.penny.intents.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.core.understanding.ClassifiedQuestion;
import dev.penny.core.understanding.FaqMatch;
import dev.penny.core.understanding.QuestionVector;
import dev.penny.intents.catalog.Catalog;
import dev.penny.intents.catalog.CatalogLoader;
import dev.penny.intents.classifier.TrainingOptions;
import dev.penny.intents.encoder.EncoderModel;
import dev.penny.intents.encoder.OnnxSentenceEncoder;
import dev.penny.intents.encoder.SentenceEncoder;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The retriever ranks with the vectors the classifier's batch computed, with the same result as by text. */
class BatchVectorRetrievalTest {

    /** The real encoder, counting the texts it encodes. */
    static final class CountingEncoder implements SentenceEncoder {
        final SentenceEncoder encoder;
        final AtomicInteger texts = new AtomicInteger();

        CountingEncoder(SentenceEncoder encoder) {
            this.encoder = encoder;
        }

        @Override
        public String name() {
            return encoder.name();
        }

        @Override
        public int dimension() {
            return encoder.dimension();
        }

        @Override
        public float[][] encode(List<String> batch) {
            texts.addAndGet(batch.size());
            return encoder.encode(batch);
        }

        @Override
        public void close() {
            encoder.close();
        }
    }

    private static final List<String> QUESTIONS = List.of(
            "my debit card never turned up in the mail",
            "Can I see my PIN at an ATM?",
            "what's your rate for converting dollars",
            "banana bread recipe",
            "I want to stop being your customer and close everything");

    private static CountingEncoder encoder;
    private static CatalogUnderstanding understanding;

    @BeforeAll
    static void train() {
        encoder = new CountingEncoder(OnnxSentenceEncoder.load(EncoderModel.bgeSmallEnV15Quantized()));
        Catalog catalog = new CatalogLoader()
                .load(Path.of("src/test/resources/catalogs/small-bank.yml"))
                .catalog();
        understanding = CatalogUnderstanding.train(catalog, encoder, TrainingOptions.defaults());
    }

    @AfterAll
    static void close() {
        encoder.close();
    }

    @Test
    void retrieval_with_the_batch_vectors_equals_retrieval_by_text_and_encodes_nothing_more() {
        List<ClassifiedQuestion> batch = understanding.classifier().classifyQuestions(QUESTIONS);
        assertThat(batch).allSatisfy(q -> assertThat(q.vector()).isPresent());

        int before = encoder.texts.get();
        List<List<FaqMatch>> withVectors = batch.stream()
                .map(q -> understanding.retriever().retrieve(q, 4))
                .toList();
        assertThat(encoder.texts.get()).isEqualTo(before);

        for (int i = 0; i < QUESTIONS.size(); i++) {
            List<FaqMatch> byText = understanding.retriever().retrieve(QUESTIONS.get(i), 4);
            assertSameRanking(withVectors.get(i), byText);
        }
    }

    @Test
    void a_vector_from_another_encoder_is_not_used() {
        String question = QUESTIONS.get(0);
        ClassifiedQuestion classified =
                understanding.classifier().classifyQuestions(List.of(question)).get(0);
        float[] foreign = new float[classified.vector().orElseThrow().values().length];
        foreign[0] = 1f;
        ClassifiedQuestion mislabelled = new ClassifiedQuestion(
                question, classified.prediction(), Optional.of(new QuestionVector("another-model", foreign)));

        int before = encoder.texts.get();
        List<FaqMatch> matches = understanding.retriever().retrieve(mislabelled, 3);

        assertThat(encoder.texts.get()).isEqualTo(before + 1);
        assertSameRanking(matches, understanding.retriever().retrieve(question, 3));
        assertThat(matches.get(0).entry().intentId()).isEqualTo("card_arrival");
    }

    @Test
    void batch_predictions_are_those_of_classify_all() {
        List<ClassifiedQuestion> batch = understanding.classifier().classifyQuestions(QUESTIONS);
        assertThat(batch.stream().map(ClassifiedQuestion::prediction).toList())
                .isEqualTo(understanding.classifier().classifyAll(QUESTIONS));
        assertThat(batch.stream().map(ClassifiedQuestion::text).toList()).isEqualTo(QUESTIONS);
    }

    // The bundled model is dynamically quantized: ONNX Runtime picks the activations' int8 scale per call, so a text
    // encoded in a batch and alone differ slightly, never in kind: up to about 0.003 in score when the whole list was
    // one padded batch, 0.012 since batches are grouped by length (a text's companions are fewer and more alike).
    private static void assertSameRanking(List<FaqMatch> actual, List<FaqMatch> expected) {
        assertThat(actual).hasSameSizeAs(expected);
        assertThat(actual.get(0).entry()).isEqualTo(expected.get(0).entry());
        assertThat(actual.stream().map(FaqMatch::entry).toList())
                .containsExactlyInAnyOrderElementsOf(
                        expected.stream().map(FaqMatch::entry).toList());
        for (int i = 0; i < expected.size(); i++) {
            FaqMatch match = actual.get(i);
            FaqMatch same = expected.stream()
                    .filter(m -> m.entry().equals(match.entry()))
                    .findFirst()
                    .orElseThrow();
            assertThat(match.score()).isCloseTo(same.score(), Offset.offset(0.02));
        }
    }
}
