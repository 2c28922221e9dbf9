package dev.penny.channels.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.InMemoryConversationStore;
import dev.penny.core.conversation.MessageId;
import dev.penny.core.cost.InMemoryCostLedger;
import dev.penny.core.engine.EngineSettings;
import dev.penny.core.engine.Reply;
import dev.penny.core.engine.SupportEngine;
import dev.penny.core.engine.VisitorMessage;
import dev.penny.core.handoff.HandoffExpiry;
import dev.penny.core.handoff.InMemoryHumanHandoff;
import dev.penny.core.llm.DisabledLlmClient;
import dev.penny.core.understanding.FaqAnswers;
import dev.penny.core.understanding.FaqEntry;
import dev.penny.core.understanding.IntentClassifier;
import dev.penny.core.understanding.IntentPrediction;
import dev.penny.core.understanding.IntentScore;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class MessageBatcherTest {

    /** Classifies everything as the one intent, after a pause, remembering the size of every batch. */
    static final class SlowClassifier implements IntentClassifier {
        final List<Integer> batches = Collections.synchronizedList(new ArrayList<>());
        final CountDownLatch firstCall = new CountDownLatch(1);
        volatile CountDownLatch release = new CountDownLatch(0);

        @Override
        public IntentPrediction classify(String text) {
            return classifyAll(List.of(text)).get(0);
        }

        @Override
        public List<IntentPrediction> classifyAll(List<String> texts) {
            batches.add(texts.size());
            firstCall.countDown();
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return texts.stream()
                    .map(t -> new IntentPrediction(List.of(new IntentScore("pin", 0.99)), false))
                    .toList();
        }
    }

    private final SlowClassifier classifier = new SlowClassifier();
    private final Clock clock = Clock.systemUTC();
    private final InMemoryConversationStore store = new InMemoryConversationStore(clock, Duration.ofHours(1));
    private final SupportEngine engine = engine(classifier, store, clock);

    /** An engine on in-memory stores that answers the one FAQ entry, "pin", as {@code classifier} predicts. */
    static SupportEngine engine(SlowClassifier classifier, InMemoryConversationStore store, Clock clock) {
        return new SupportEngine(
                classifier,
                (question, limit) -> List.of(),
                FaqAnswers.of(List.of(new FaqEntry("pin", "PIN?", "Use an ATM.", List.of()))),
                new DisabledLlmClient(),
                store,
                new InMemoryHumanHandoff(clock, HandoffExpiry.defaults()),
                new InMemoryCostLedger(clock, Duration.ofHours(1), 1),
                EngineSettings.defaults(),
                clock);
    }

    @Test
    void closing_after_a_drain_that_gave_up_does_not_wait_for_the_stuck_message_again() throws Exception {
        classifier.release = new CountDownLatch(1);
        MessageBatcher batcher = new MessageBatcher(engine, 1, 1, Duration.ofMillis(1), 32);
        batcher.submit(message(ConversationId.random(), "stuck"));
        assertThat(classifier.firstCall.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(batcher.drain(Duration.ofMillis(200))).isFalse();

        long start = System.nanoTime();
        batcher.close();
        Duration closing = Duration.ofNanos(System.nanoTime() - start);
        classifier.release.countDown();

        assertThat(closing).as("a second ten-second wait").isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void messages_arriving_while_a_batch_runs_are_answered_together_in_the_next_batch() throws Exception {
        classifier.release = new CountDownLatch(1);
        try (MessageBatcher batcher = new MessageBatcher(engine, 1, 1, Duration.ofMillis(1), 32)) {
            CompletableFuture<Reply> first = batcher.submit(message(ConversationId.random(), "m0"));
            assertThat(classifier.firstCall.await(5, TimeUnit.SECONDS)).isTrue();
            List<CompletableFuture<Reply>> waiting = new ArrayList<>();
            for (int i = 1; i <= 20; i++) {
                waiting.add(batcher.submit(message(ConversationId.random(), "m" + i)));
            }
            classifier.release.countDown();

            assertThat(first.get(5, TimeUnit.SECONDS).botTurns()).hasSize(1);
            for (CompletableFuture<Reply> reply : waiting) {
                assertThat(reply.get(5, TimeUnit.SECONDS).botTurns().get(0).text())
                        .isEqualTo("Use an ATM.");
            }
            assertThat(classifier.batches).containsExactly(1, 20);
        }
    }

    @Test
    void a_second_classifier_takes_a_batch_while_the_first_is_still_encoding() throws Exception {
        classifier.release = new CountDownLatch(1);
        try (MessageBatcher batcher = new MessageBatcher(engine, 2, 2, Duration.ofMillis(1), 32)) {
            CompletableFuture<Reply> first = batcher.submit(message(ConversationId.random(), "m0"));
            assertThat(classifier.firstCall.await(5, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<Reply> second = batcher.submit(message(ConversationId.random(), "m1"));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (classifier.batches.size() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            // both calls are in the classifier at once: neither has been released yet
            assertThat(classifier.batches).containsExactly(1, 1);
            classifier.release.countDown();
            assertThat(first.get(5, TimeUnit.SECONDS).botTurns()).hasSize(1);
            assertThat(second.get(5, TimeUnit.SECONDS).botTurns()).hasSize(1);
        }
    }

    @Test
    void a_conversation_has_one_message_per_batch_so_its_messages_are_answered_in_order() throws Exception {
        classifier.release = new CountDownLatch(1);
        ConversationId id = ConversationId.random();
        try (MessageBatcher batcher = new MessageBatcher(engine, 2, 4, Duration.ofMillis(1), 32)) {
            batcher.submit(message(ConversationId.random(), "other"));
            assertThat(classifier.firstCall.await(5, TimeUnit.SECONDS)).isTrue();
            List<CompletableFuture<Reply>> replies = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                replies.add(batcher.submit(message(id, "m" + i)));
            }
            classifier.release.countDown();
            for (CompletableFuture<Reply> reply : replies) {
                reply.get(5, TimeUnit.SECONDS);
            }
        }
        List<String> visitorIds = store.transcript(id).stream()
                .filter(t -> t.decision() == null)
                .map(t -> t.id().value())
                .toList();
        assertThat(visitorIds).containsExactly("m0", "m1", "m2");
    }

    /** The sender of the first reply writes to a socket whose client stopped reading: its write blocks. */
    @Test
    void a_reply_whose_sender_blocks_holds_up_no_other_reply_of_its_batch() throws Exception {
        CountDownLatch socketReads = new CountDownLatch(1);
        ConversationId slowReader = ConversationId.random();
        ConversationId other = ConversationId.random();
        try (MessageBatcher batcher = new MessageBatcher(engine, 1, 1, Duration.ofMillis(1), 32)) {
            // answered once already, so the next questions are answered together, from the FAQ, in the batch loop
            batcher.submit(message(slowReader, "a0")).get(5, TimeUnit.SECONDS);
            batcher.submit(message(other, "b0")).get(5, TimeUnit.SECONDS);
            classifier.release = new CountDownLatch(1);
            int before = classifier.batches.size();
            batcher.submit(message(ConversationId.random(), "c0"));
            while (classifier.batches.size() == before) {
                Thread.sleep(5);
            }
            CompletableFuture<Reply> stuck = batcher.submit(message(slowReader, "a1"));
            stuck.thenRun(() -> awaitQuietly(socketReads));
            CompletableFuture<Reply> answered = batcher.submit(message(other, "b1"));
            classifier.release.countDown();

            assertThat(answered.get(5, TimeUnit.SECONDS).botTurns()).hasSize(1);
            assertThat(classifier.batches.subList(before, classifier.batches.size()))
                    .containsExactly(1, 2);
            socketReads.countDown();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void closing_answers_what_is_already_queued() throws Exception {
        MessageBatcher batcher = new MessageBatcher(engine, 2, 1, Duration.ZERO, 2);
        List<CompletableFuture<Reply>> replies = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            replies.add(batcher.submit(message(ConversationId.random(), "m" + i)));
        }
        batcher.close();

        assertThat(replies).allSatisfy(r -> assertThat(r).isCompleted());
        assertThat(batcher.submit(message(ConversationId.random(), "late"))).isCompletedExceptionally();
    }

    private static VisitorMessage message(ConversationId id, String messageId) {
        return new VisitorMessage(id, new MessageId(messageId), "How do I change my PIN?");
    }
}
