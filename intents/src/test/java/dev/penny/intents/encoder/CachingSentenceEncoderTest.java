package dev.penny.intents.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.core.testing.Race;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CachingSentenceEncoderTest {

    /** Encodes a text as its length and first character, and counts what it was asked. */
    private static final class CountingEncoder implements SentenceEncoder {
        final List<String> encoded = Collections.synchronizedList(new ArrayList<>());
        boolean closed;

        @Override
        public String name() {
            return "counting";
        }

        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public float[][] encode(List<String> texts) {
            encoded.addAll(texts);
            return texts.stream()
                    .map(t -> new float[] {t.length(), t.isEmpty() ? 0 : t.charAt(0)})
                    .toArray(float[][]::new);
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private final CountingEncoder counting = new CountingEncoder();
    private final CachingSentenceEncoder cache = new CachingSentenceEncoder(counting, 3);

    @Test
    void encodes_each_text_once() {
        float[][] first = cache.encode(List.of("abc", "de", "abc"));
        float[][] again = cache.encode(List.of("de", "f", "abc"));

        assertThat(first).isDeepEqualTo(new float[][] {{3, 'a'}, {2, 'd'}, {3, 'a'}});
        assertThat(again).isDeepEqualTo(new float[][] {{2, 'd'}, {1, 'f'}, {3, 'a'}});
        assertThat(counting.encoded).containsExactly("abc", "de", "f");
        assertThat(cache.hits()).isEqualTo(2);
        assertThat(cache.misses()).isEqualTo(3);
    }

    @Test
    void forgets_the_least_recently_used_text_beyond_its_capacity() {
        cache.encode(List.of("a", "bb", "ccc"));
        cache.encode(List.of("a"));
        cache.encode(List.of("dddd"));
        counting.encoded.clear();

        cache.encode(List.of("a", "ccc", "dddd", "bb"));

        assertThat(counting.encoded).containsExactly("bb");
        assertThat(cache.size()).isEqualTo(3);
    }

    @Test
    void answers_a_batch_larger_than_its_capacity() {
        List<String> texts = IntStream.range(0, 10).mapToObj("t"::repeat).toList();

        float[][] vectors = cache.encode(texts);

        assertThat(vectors).hasNumberOfRows(10);
        assertThat(vectors[9]).containsExactly(9, 't');
        assertThat(cache.size()).isEqualTo(3);
    }

    @Test
    void hands_out_copies_so_the_remembered_vectors_stay_as_encoded() {
        cache.encode("abc")[0] = 99;

        assertThat(cache.encode("abc")).containsExactly(3, 'a');
    }

    @Test
    void many_threads_get_the_right_vectors() throws Exception {
        CachingSentenceEncoder shared = new CachingSentenceEncoder(counting, 50);
        List<float[][]> results = Race.run(
                8,
                i -> () -> shared.encode(IntStream.range(0, 100)
                        .mapToObj(n -> "x".repeat(n % 60 + 1))
                        .toList()));

        for (float[][] vectors : results) {
            for (int n = 0; n < 100; n++) {
                assertThat(vectors[n]).containsExactly(n % 60 + 1, 'x');
            }
        }
    }

    @Test
    void speaks_for_the_encoder_it_wraps_and_closes_it() {
        assertThat(cache.name()).isEqualTo("counting");
        assertThat(cache.dimension()).isEqualTo(2);

        cache.close();

        assertThat(counting.closed).isTrue();
    }

    @Test
    void remembers_a_texts_vector_alone_apart_from_its_vector_in_a_batch() {
        try (OnnxSentenceEncoder bge = OnnxSentenceEncoder.load(EncoderModel.bgeSmallEnV15Quantized())) {
            CachingSentenceEncoder cached = new CachingSentenceEncoder(bge, 100);
            List<String> texts =
                    List.of("When will my card arrive?", "Why was I charged a fee for topping up with a foreign card?");

            float[][] batched = cached.encode(texts);
            float[][] each = cached.encodeEach(texts);
            float[][] eachAgain = cached.encodeEach(List.of(texts.get(1)));

            assertThat(each[0]).containsExactly(bge.encode(texts.get(0)));
            assertThat(each[1]).containsExactly(bge.encode(texts.get(1)));
            assertThat(eachAgain[0]).containsExactly(each[1]);
            assertThat(cached.encode(texts)).isDeepEqualTo(batched);
            assertThat(cached.size()).isEqualTo(4);
        }
    }

    @Test
    void gives_the_real_models_vectors_and_keeps_giving_the_first_one() {
        try (OnnxSentenceEncoder bge = OnnxSentenceEncoder.load(EncoderModel.bgeSmallEnV15Quantized())) {
            CachingSentenceEncoder cached = new CachingSentenceEncoder(bge, 100);

            float[] first = cached.encode("When will my card arrive?");
            float[][] mixed = cached.encode(List.of("When will my card arrive?", "I forgot my PIN"));

            // the int8 model's vectors move slightly with their batch companions (OnnxSentenceEncoderTest), so a
            // remembered vector is the one its first batch gave
            assertThat(first).containsExactly(bge.encode("When will my card arrive?"));
            assertThat(mixed[0]).containsExactly(first);
            assertThat(mixed[1]).containsExactly(bge.encode("I forgot my PIN"));
        }
    }
}
