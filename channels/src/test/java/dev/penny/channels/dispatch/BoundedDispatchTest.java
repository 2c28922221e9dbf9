package dev.penny.channels.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.core.conversation.ConversationEvents;
import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.InMemoryConversationStore;
import dev.penny.core.conversation.MessageId;
import dev.penny.core.conversation.Turn;
import dev.penny.core.engine.Reply;
import dev.penny.core.engine.SupportEngine;
import dev.penny.core.engine.VisitorMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The dispatch queue and the announcer's backlog are bounded: past them a message is refused as busy, not queued. */
class BoundedDispatchTest {

    private final MessageBatcherTest.SlowClassifier classifier = new MessageBatcherTest.SlowClassifier();
    private final Clock clock = Clock.systemUTC();
    private final InMemoryConversationStore store = new InMemoryConversationStore(clock, Duration.ofHours(1));
    private final SupportEngine engine = MessageBatcherTest.engine(classifier, store, clock);

    @Test
    void a_message_beyond_the_queue_capacity_is_refused_as_busy_and_stored_nowhere() throws Exception {
        classifier.release = new CountDownLatch(1);
        try (MessageBatcher batcher = new MessageBatcher(engine, 1, 1, Duration.ZERO, 32, 2, () -> false)) {
            List<CompletableFuture<Reply>> accepted = new ArrayList<>();
            accepted.add(batcher.submit(message(ConversationId.random(), "m0")));
            assertThat(classifier.firstCall.await(5, TimeUnit.SECONDS)).isTrue(); // m0 is being classified
            accepted.add(batcher.submit(message(ConversationId.random(), "m1")));
            accepted.add(batcher.submit(message(ConversationId.random(), "m2")));

            ConversationId refusedConversation = ConversationId.random();
            CompletableFuture<Reply> refused = batcher.submit(message(refusedConversation, "m3"));

            assertThat(busy(refused).retryAfter()).isPositive();
            assertThat(store.turnCount(refusedConversation)).isZero();
            classifier.release.countDown();
            for (CompletableFuture<Reply> reply : accepted) {
                assertThat(reply.get(5, TimeUnit.SECONDS).botTurns()).isNotEmpty();
            }
            Reply retried = batcher.submit(message(refusedConversation, "m3")).get(5, TimeUnit.SECONDS);
            assertThat(retried.alreadyAccepted()).isFalse();
            assertThat(store.turnCount(refusedConversation)).isEqualTo(2);
        }
    }

    @Test
    void a_message_is_refused_as_busy_while_the_announcer_is_backlogged() throws Exception {
        CountDownLatch publishing = new CountDownLatch(1);
        try (TurnAnnouncer announcer = new TurnAnnouncer(new StuckEvents(publishing), 2);
                MessageBatcher batcher =
                        new MessageBatcher(engine, 1, 1, Duration.ZERO, 32, 100, announcer::backlogged)) {
            announcer.announce(List.of(), true); // the publishing thread is stuck in this one
            announcer.announce(List.of(), true);
            announcer.announce(List.of(), true); // at least two wait behind it
            assertThat(announcer.backlogged()).isTrue();

            ConversationId id = ConversationId.random();
            assertThat(busy(batcher.submit(message(id, "m1"))).getMessage()).contains("announcer");
            assertThat(store.turnCount(id)).isZero();

            publishing.countDown();
            awaitNotBacklogged(announcer);
            assertThat(batcher.submit(message(id, "m1"))
                            .get(5, TimeUnit.SECONDS)
                            .botTurns())
                    .isNotEmpty();
        }
    }

    @Test
    void draining_answers_what_was_accepted_refuses_more_and_resuming_accepts_again() throws Exception {
        classifier.release = new CountDownLatch(1);
        try (MessageBatcher batcher = new MessageBatcher(engine, 1, 1, Duration.ZERO, 32, 100, () -> false)) {
            List<CompletableFuture<Reply>> accepted = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                accepted.add(batcher.submit(message(ConversationId.random(), "m" + i)));
            }
            assertThat(classifier.firstCall.await(5, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<Boolean> drained =
                    CompletableFuture.supplyAsync(() -> batcher.drain(Duration.ofSeconds(10)));
            awaitRefusing(batcher);

            classifier.release.countDown();
            assertThat(drained.get(10, TimeUnit.SECONDS)).isTrue();
            assertThat(accepted)
                    .allSatisfy(reply -> assertThat(reply).isCompleted().isNotCompletedExceptionally());

            batcher.resume();
            assertThat(batcher.submit(message(ConversationId.random(), "after"))
                            .get(5, TimeUnit.SECONDS)
                            .botTurns())
                    .isNotEmpty();
        }
    }

    @Test
    void draining_reports_what_it_could_not_answer_in_time() throws Exception {
        classifier.release = new CountDownLatch(1);
        try (MessageBatcher batcher = new MessageBatcher(engine, 1, 1, Duration.ZERO, 32, 100, () -> false)) {
            CompletableFuture<Reply> stuck = batcher.submit(message(ConversationId.random(), "m0"));
            assertThat(classifier.firstCall.await(5, TimeUnit.SECONDS)).isTrue();

            assertThat(batcher.drain(Duration.ofMillis(200))).isFalse();
            assertThat(stuck).isNotDone();
            classifier.release.countDown();
            assertThat(stuck.get(5, TimeUnit.SECONDS).botTurns()).isNotEmpty();
        }
    }

    private static DispatchBusy busy(CompletableFuture<Reply> reply) {
        assertThat(reply).isCompletedExceptionally();
        try {
            reply.join();
            throw new AssertionError("not refused");
        } catch (CompletionException e) {
            assertThat(e.getCause()).isInstanceOf(DispatchBusy.class);
            return (DispatchBusy) e.getCause();
        }
    }

    private void awaitRefusing(MessageBatcher batcher) throws InterruptedException {
        for (int attempt = 0; attempt < 100; attempt++) {
            CompletableFuture<Reply> probe = batcher.submit(message(ConversationId.random(), "probe" + attempt));
            if (probe.isCompletedExceptionally()) {
                assertThat(busy(probe).getMessage()).contains("shutting down");
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the draining batcher kept accepting messages");
    }

    private static void awaitNotBacklogged(TurnAnnouncer announcer) throws InterruptedException {
        for (int attempt = 0; attempt < 250 && announcer.backlogged(); attempt++) {
            Thread.sleep(20);
        }
        assertThat(announcer.backlogged()).isFalse();
    }

    private static VisitorMessage message(ConversationId id, String messageId) {
        return new VisitorMessage(id, new MessageId(messageId), "How do I change my PIN?");
    }

    /** Events whose every publish waits until {@code publishing} is counted down. */
    private record StuckEvents(CountDownLatch publishing) implements ConversationEvents {

        @Override
        public void turnAppended(Turn turn) {
            await();
        }

        @Override
        public void queueChanged() {
            await();
        }

        @Override
        public void conversationErased(ConversationId id) {
            await();
        }

        @Override
        public Subscription subscribe(Listener listener) {
            return () -> {};
        }

        private void await() {
            try {
                publishing.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
