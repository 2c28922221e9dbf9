package dev.penny.channels.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.intents.encoder.SentenceEncoder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchReusingEncoderTest {

    /** Encodes a text as its length, and counts the texts it encoded. */
    static final class CountingEncoder implements SentenceEncoder {
        final List<String> encoded = new ArrayList<>();

        @Override
        public String name() {
            return "counting";
        }

        @Override
        public int dimension() {
            return 1;
        }

        @Override
        public float[][] encode(List<String> texts) {
            encoded.addAll(texts);
            return texts.stream().map(t -> new float[] {t.length()}).toArray(float[][]::new);
        }

        @Override
        public void close() {}
    }

    private final CountingEncoder inner = new CountingEncoder();
    private final BatchReusingEncoder encoder = new BatchReusingEncoder(inner);

    @Test
    void a_single_encode_after_a_batch_takes_the_batch_vector_once() {
        encoder.startSharing();
        encoder.encode(List.of("card", "pin code"));

        assertThat(encoder.encode("pin code")).containsExactly(8f);
        assertThat(encoder.encode("card")).containsExactly(4f);
        assertThat(inner.encoded).containsExactly("card", "pin code");

        encoder.encode("card");
        assertThat(inner.encoded).containsExactly("card", "pin code", "card");
    }

    @Test
    void a_batch_of_one_is_shared_too() {
        encoder.startSharing();
        encoder.encode(List.of("card"));
        encoder.encode("card");

        assertThat(inner.encoded).containsExactly("card");
    }

    @Test
    void shares_nothing_until_started() {
        encoder.encode(List.of("card", "pin"));
        encoder.encode("card");

        assertThat(inner.encoded).containsExactly("card", "pin", "card");
    }
}
