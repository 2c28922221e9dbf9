package dev.penny.intents.encoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnnxSentenceEncoderTest {

    private static OnnxSentenceEncoder bge;
    private static OnnxSentenceEncoder miniLm;

    @BeforeAll
    static void loadModels() {
        bge = OnnxSentenceEncoder.load(EncoderModel.bgeSmallEnV15Quantized());
        miniLm = OnnxSentenceEncoder.load(EncoderModel.allMiniLmL6V2());
    }

    @AfterAll
    static void closeModels() {
        bge.close();
        miniLm.close();
    }

    @Test
    void gives_the_same_vector_for_the_same_text() {
        assertThat(bge.encode("When will my card arrive?")).containsExactly(bge.encode("When will my card arrive?"));
        assertThat(miniLm.encode("When will my card arrive?"))
                .containsExactly(miniLm.encode("When will my card arrive?"));
    }

    @Test
    void encode_each_gives_every_text_its_vector_alone_whatever_its_companions() {
        List<String> texts = List.of(
                "When will my card arrive?",
                "lost card",
                "Why was I charged a fee for topping up with a card from abroad last week?",
                "Can I top up with Apple Pay?");

        float[][] each = bge.encodeEach(texts);
        float[][] reversed = bge.encodeEach(List.of(texts.get(3), texts.get(2), texts.get(1), texts.get(0)));
        for (int i = 0; i < texts.size(); i++) {
            assertThat(each[i]).containsExactly(bge.encode(texts.get(i)));
            assertThat(reversed[texts.size() - 1 - i]).containsExactly(each[i]);
        }
        // why encodeEach exists: in one batch the int8 activations are scaled over all four texts and their padding
        float[][] batched = bge.encode(texts);
        assertThat(IntStream.range(0, texts.size()).filter(i -> !Arrays.equals(batched[i], each[i])))
                .isNotEmpty();
    }

    @Test
    void encode_each_in_parallel_calls_gives_the_same_vectors() {
        List<String> texts = IntStream.range(0, OnnxSentenceEncoder.PARALLEL_FROM + 3)
                .mapToObj(i -> "question number " + i + (i % 3 == 0 ? " about a card that never arrived" : ""))
                .toList();
        try (OnnxSentenceEncoder calm = OnnxSentenceEncoder.load(EncoderModel.bgeSmallEnV15Quantized(), 1, false)) {
            float[][] each = calm.encodeEach(texts);
            for (int i = 0; i < texts.size(); i += 7) {
                assertThat(each[i]).containsExactly(bge.encode(texts.get(i)));
            }
        }
    }

    @Test
    void the_quantised_minilm_is_bundled_and_close_to_the_full_precision_model() {
        try (OnnxSentenceEncoder quantised =
                OnnxSentenceEncoder.load(EncoderModel.resolve("all-minilm-l6-v2-q", null))) {
            assertThat(quantised.name()).isEqualTo(EncoderModel.ALL_MINILM_L6_V2_Q);
            assertThat(quantised.dimension()).isEqualTo(miniLm.dimension());
            for (String text : List.of("When will my card arrive?", "Can I top up with Apple Pay?", "lost card")) {
                assertThat(quantised.encode(text)).containsExactly(quantised.encode(text));
                // int8 weights and activations: near the full-precision vector, not equal to it
                assertThat(cosine(quantised.encode(text), miniLm.encode(text))).isBetween(0.95, 0.99999);
            }
        }
    }

    @Test
    void threads_that_do_not_spin_and_a_set_thread_count_give_the_same_vectors() {
        try (OnnxSentenceEncoder calm = OnnxSentenceEncoder.load(EncoderModel.allMiniLmL6V2(), 1, false)) {
            String text = "What exchange rate do you use for euros to dollars?";
            assertThat(cosine(calm.encode(text), miniLm.encode(text))).isGreaterThan(0.99999);
        }
    }

    @Test
    void batches_encoded_side_by_side_give_each_text_its_own_vector() {
        List<String> texts = java.util.stream.IntStream.range(0, 200)
                .mapToObj(i -> "question " + i + " about cards".repeat(1 + i % 5))
                .toList();
        // without spinning, the batches of one large input are encoded in parallel calls
        try (OnnxSentenceEncoder calm = OnnxSentenceEncoder.load(EncoderModel.allMiniLmL6V2(), 0, false)) {
            float[][] parallel = calm.encode(texts);
            float[][] sequential = miniLm.encode(texts);
            for (int i = 0; i < texts.size(); i++) {
                assertThat(cosine(parallel[i], sequential[i])).as(texts.get(i)).isGreaterThan(0.99999);
            }
        }
    }

    @Test
    void returns_unit_vectors_of_the_model_dimension() {
        float[] v = bge.encode("How do I change my PIN?");
        assertThat(bge.dimension()).isEqualTo(384);
        assertThat(v).hasSize(384);
        assertThat(norm(v)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
    }

    @Test
    void batch_of_a_full_precision_model_equals_its_singles() {
        List<String> texts = List.of("My card was stolen", "What exchange rate do you use for euros to dollars?", "hi");
        float[][] batch = miniLm.encode(texts);
        for (int i = 0; i < texts.size(); i++) {
            float[] single = miniLm.encode(texts.get(i));
            assertThat(cosine(batch[i], single)).isGreaterThan(0.99999);
        }
    }

    @Test
    void batch_of_the_int8_model_matches_its_singles_within_quantisation_noise() {
        // dynamic int8 quantisation scales activations over the whole batch tensor, so a sentence's vector moves
        // slightly with its batch companions; what must hold is that meaning does not
        List<String> texts = List.of("My card was stolen", "What exchange rate do you use for euros to dollars?", "hi");
        float[][] batch = bge.encode(texts);
        for (int i = 0; i < texts.size(); i++) {
            assertThat(cosine(batch[i], bge.encode(texts.get(i)))).isGreaterThan(0.99);
        }
    }

    @Test
    void long_inputs_are_split_into_batches_and_keep_their_order() {
        List<String> texts = java.util.stream.IntStream.range(0, 70)
                .mapToObj(i -> i % 2 == 0 ? "short " + i : "a considerably longer sentence about card payments " + i)
                .toList();
        float[][] all = miniLm.encode(texts);
        assertThat(all.length).isEqualTo(70);
        assertThat(cosine(all[41], miniLm.encode(texts.get(41)))).isGreaterThan(0.99999);
    }

    @Test
    void places_paraphrases_closer_than_unrelated_questions() {
        float[] question = bge.encode("How do I activate my card?");
        assertThat(cosine(question, bge.encode("card activation please")))
                .isGreaterThan(cosine(question, bge.encode("what is the weather in Paris")));
    }

    @Test
    void is_safe_under_concurrent_calls() throws Exception {
        float[] expected = miniLm.encode("Why was my transfer declined?");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<float[]>> results = java.util.stream.IntStream.range(0, 40)
                    .mapToObj(i -> pool.submit(() -> miniLm.encode("Why was my transfer declined?")))
                    .toList();
            for (Future<float[]> r : results) {
                assertThat(r.get()).containsExactly(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void loads_a_users_own_model_from_a_directory(@TempDir Path dir) throws IOException {
        copyResource("all-minilm-l6-v2.onnx", dir.resolve("model.onnx"));
        copyResource("all-minilm-l6-v2-tokenizer.json", dir.resolve("tokenizer.json"));
        try (OnnxSentenceEncoder own = OnnxSentenceEncoder.load(EncoderModel.resolve(dir.toString(), Pooling.MEAN))) {
            assertThat(cosine(own.encode("lost card"), miniLm.encode("lost card")))
                    .isGreaterThan(0.99999);
        }
    }

    @Test
    void an_ensemble_is_named_as_models_joined_by_plus_the_primary_first() {
        assertThat(EncoderModel.resolveAll("bge-small-en-v1.5-q+all-minilm-l6-v2", null))
                .extracting(EncoderModel::name, EncoderModel::pooling)
                .containsExactly(
                        tuple(EncoderModel.BGE_SMALL_EN_V15_Q, Pooling.CLS),
                        tuple(EncoderModel.ALL_MINILM_L6_V2, Pooling.MEAN));
        assertThat(EncoderModel.resolveAll("all-minilm-l6-v2", null)).hasSize(1);
        assertThatThrownBy(() -> EncoderModel.resolveAll("bge-small-en-v1.5-q+no-such-model", null))
                .isInstanceOf(EncoderModelException.class)
                .hasMessageContaining("no-such-model");
    }

    @Test
    void a_wrong_model_path_fails_with_a_clear_error() {
        assertThatThrownBy(() -> EncoderModel.resolve("/no/such/model-dir", Pooling.MEAN))
                .isInstanceOf(EncoderModelException.class)
                .hasMessageContaining("/no/such/model-dir")
                .hasMessageContaining("bge-small-en-v1.5-q")
                .hasMessageContaining("tokenizer.json");
    }

    @Test
    void a_directory_without_tokenizer_fails_with_a_clear_error(@TempDir Path dir) throws IOException {
        copyResource("all-minilm-l6-v2.onnx", dir.resolve("model.onnx"));
        assertThatThrownBy(() -> OnnxSentenceEncoder.load(EncoderModel.fromDirectory(dir, Pooling.MEAN)))
                .isInstanceOf(EncoderModelException.class)
                .hasMessageContaining("no readable tokenizer.json");
    }

    @Test
    void a_file_that_is_not_a_model_fails_with_a_clear_error(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("model.onnx"), "this is not an ONNX graph");
        copyResource("all-minilm-l6-v2-tokenizer.json", dir.resolve("tokenizer.json"));
        assertThatThrownBy(() -> OnnxSentenceEncoder.load(EncoderModel.fromDirectory(dir, Pooling.MEAN)))
                .isInstanceOf(EncoderModelException.class)
                .hasMessageContaining("Cannot load sentence encoder");
    }

    private static void copyResource(String resource, Path target) throws IOException {
        try (InputStream in = OnnxSentenceEncoderTest.class.getClassLoader().getResourceAsStream(resource)) {
            Files.copy(in, target);
        }
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot / (norm(a) * norm(b));
    }

    private static double norm(float[] v) {
        double s = 0;
        for (float x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
    }
}
