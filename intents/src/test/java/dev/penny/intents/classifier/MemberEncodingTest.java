package dev.penny.intents.classifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.penny.intents.encoder.EncoderModelException;
import dev.penny.intents.encoder.SentenceEncoder;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class MemberEncodingTest {

    @Test
    void an_ensembles_members_encode_side_by_side_and_come_back_in_their_order() {
        // each member waits until both have started: one after the other, the first would wait in vain
        CountDownLatch bothStarted = new CountDownLatch(2);
        AtomicBoolean metInTime = new AtomicBoolean(true);
        SentenceEncoder primary = new MarkingEncoder(1f, bothStarted, metInTime);
        SentenceEncoder second = new MarkingEncoder(2f, bothStarted, metInTime);

        List<float[][]> vectors = MemberEncoding.encode(List.of(primary, second), List.of("lost card", "top up"));

        assertThat(metInTime).isTrue();
        assertThat(vectors).hasSize(2);
        assertThat(vectors.get(0)[1]).containsExactly(1f, 1f);
        assertThat(vectors.get(1)[0]).containsExactly(2f, 0f);
    }

    @Test
    void a_single_encoder_encodes_on_the_callers_thread() {
        Thread caller = Thread.currentThread();
        AtomicBoolean onCaller = new AtomicBoolean();
        SentenceEncoder only = new MarkingEncoder(1f, new CountDownLatch(0), new AtomicBoolean(true)) {
            @Override
            public float[][] encode(List<String> texts) {
                onCaller.set(Thread.currentThread() == caller);
                return super.encode(texts);
            }
        };

        assertThat(MemberEncoding.encode(List.of(only), List.of("lost card"))).hasSize(1);
        assertThat(onCaller).isTrue();
    }

    @Test
    void a_members_failure_reaches_the_caller_as_it_was_thrown() {
        SentenceEncoder primary = new MarkingEncoder(1f, new CountDownLatch(0), new AtomicBoolean(true));
        SentenceEncoder broken = new MarkingEncoder(2f, new CountDownLatch(0), new AtomicBoolean(true)) {
            @Override
            public float[][] encode(List<String> texts) {
                throw new EncoderModelException("Sentence encoder 'broken' failed on a batch");
            }
        };

        assertThatThrownBy(() -> MemberEncoding.encode(List.of(primary, broken), List.of("lost card")))
                .isInstanceOf(EncoderModelException.class)
                .hasMessageContaining("'broken'");
    }

    /** Gives text i the vector (mark, i), after waiting for the latch. */
    private static class MarkingEncoder implements SentenceEncoder {
        private final float mark;
        private final CountDownLatch started;
        private final AtomicBoolean metInTime;

        MarkingEncoder(float mark, CountDownLatch started, AtomicBoolean metInTime) {
            this.mark = mark;
            this.started = started;
            this.metInTime = metInTime;
        }

        @Override
        public String name() {
            return "marking-" + mark;
        }

        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public float[][] encode(List<String> texts) {
            started.countDown();
            try {
                if (!started.await(5, TimeUnit.SECONDS)) {
                    metInTime.set(false);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            float[][] out = new float[texts.size()][];
            for (int i = 0; i < out.length; i++) {
                out[i] = new float[] {mark, i};
            }
            return out;
        }

        @Override
        public void close() {}
    }
}
