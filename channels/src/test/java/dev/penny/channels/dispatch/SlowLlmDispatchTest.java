package dev.penny.channels.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.core.conversation.Author;
import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.InMemoryConversationStore;
import dev.penny.core.conversation.MessageId;
import dev.penny.core.conversation.Source;
import dev.penny.core.conversation.Turn;
import dev.penny.core.cost.CostSettings;
import dev.penny.core.cost.InMemoryCostLedger;
import dev.penny.core.engine.BotPhrases;
import dev.penny.core.engine.EngineSettings;
import dev.penny.core.engine.Reply;
import dev.penny.core.engine.SupportEngine;
import dev.penny.core.engine.VisitorMessage;
import dev.penny.core.handoff.HandoffExpiry;
import dev.penny.core.handoff.InMemoryHumanHandoff;
import dev.penny.core.llm.GroundedQuestion;
import dev.penny.core.llm.LlmAnswer;
import dev.penny.core.llm.LlmClient;
import dev.penny.core.policy.PolicySettings;
import dev.penny.core.understanding.FaqAnswers;
import dev.penny.core.understanding.FaqEntry;
import dev.penny.core.understanding.FaqMatch;
import dev.penny.core.understanding.IntentClassifier;
import dev.penny.core.understanding.IntentPrediction;
import dev.penny.core.understanding.IntentScore;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The batcher with an LLM that takes its time: FAQ answers must not wait for it, and order must hold. */
class SlowLlmDispatchTest {

    private static final String UNSURE = "something the FAQ only half covers";
    private static final String PIN = "How do I change my PIN?";
    private static final FaqEntry PIN_ENTRY = new FaqEntry("pin", "PIN", "Use an ATM.", List.of());

    /** Sure about the PIN question, unsure about anything else; counts overlapping calls. */
    static final class CountingClassifier implements IntentClassifier {
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();

        @Override
        public IntentPrediction classify(String text) {
            return classifyAll(List.of(text)).get(0);
        }

        @Override
        public List<IntentPrediction> classifyAll(List<String> texts) {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                running.decrementAndGet();
            }
            return texts.stream()
                    .map(t -> t.equals(PIN)
                            ? new IntentPrediction(List.of(new IntentScore("pin", 0.99)), false)
                            : new IntentPrediction(List.of(new IntentScore("pin", 0.40)), false))
                    .toList();
        }
    }

    /** Blocks every call until released. */
    static final class SlowLlm implements LlmClient {
        final AtomicInteger calls = new AtomicInteger();
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public LlmAnswer answer(GroundedQuestion question) {
            calls.incrementAndGet();
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return LlmAnswer.covered("The LLM's answer.", 100, 20);
        }
    }

    private final CountingClassifier classifier = new CountingClassifier();
    private final SlowLlm llm = new SlowLlm();
    private final Clock clock = Clock.systemUTC();
    private final InMemoryConversationStore store = new InMemoryConversationStore(clock, Duration.ofHours(1));
    private final SupportEngine engine = new SupportEngine(
            classifier,
            (question, limit) -> List.of(new FaqMatch(PIN_ENTRY, 0.9)),
            FaqAnswers.of(List.of(PIN_ENTRY)),
            llm,
            store,
            new InMemoryHumanHandoff(clock, HandoffExpiry.defaults()),
            new InMemoryCostLedger(clock, Duration.ofHours(1), 1),
            new EngineSettings(
                    PolicySettings.defaults().withLlmConfigured(true),
                    CostSettings.defaults(),
                    BotPhrases.english(),
                    EngineSettings.DEFAULT_ANSWER_DEADLINE),
            clock);
    private final MessageBatcher batcher = new MessageBatcher(engine, 1, 2, Duration.ofMillis(1), 32);

    @AfterEach
    void close() {
        llm.release.countDown();
        batcher.close();
    }

    @Test
    void faq_answers_do_not_wait_for_slow_llm_calls_even_when_they_outnumber_the_ready_threads() throws Exception {
        List<CompletableFuture<Reply>> escalated = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            escalated.add(batcher.submit(message(ConversationId.random(), "llm" + i, UNSURE)));
        }
        awaitLlmCalls(6);

        Reply faq = batcher.submit(message(ConversationId.random(), "faq", PIN)).get(5, TimeUnit.SECONDS);

        assertThat(faq.botTurns()).singleElement().satisfies(t -> {
            assertThat(t.source()).isEqualTo(Source.FAQ);
            assertThat(t.text()).isEqualTo("Use an ATM.");
        });
        assertThat(escalated).noneMatch(CompletableFuture::isDone);
        llm.release.countDown();
        for (CompletableFuture<Reply> reply : escalated) {
            assertThat(reply.get(5, TimeUnit.SECONDS).botTurns().get(0).source())
                    .isEqualTo(Source.LLM);
        }
    }

    @Test
    void a_message_after_one_waiting_for_the_llm_is_answered_after_it() throws Exception {
        ConversationId id = ConversationId.random();
        CompletableFuture<Reply> first = batcher.submit(message(id, "m0", UNSURE));
        awaitLlmCalls(1);
        CompletableFuture<Reply> second = batcher.submit(message(id, "m1", PIN));
        // Another visitor is answered meanwhile, so the batcher is not simply stuck.
        batcher.submit(message(ConversationId.random(), "other", PIN)).get(5, TimeUnit.SECONDS);

        assertThat(second).isNotDone();
        llm.release.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS).botTurns().get(0).source()).isEqualTo(Source.LLM);
        assertThat(second.get(5, TimeUnit.SECONDS).botTurns().get(0).source()).isEqualTo(Source.FAQ);

        List<String> transcript = store.transcript(id).stream()
                .map(t -> t.author() == Author.VISITOR
                        ? t.id().value()
                        : t.source().name())
                .toList();
        assertThat(transcript).containsExactly("m0", "LLM", "m1", "FAQ");
    }

    @Test
    void encoder_calls_never_overlap_while_many_conversations_are_answered() throws Exception {
        List<CompletableFuture<Reply>> replies = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            replies.add(batcher.submit(message(ConversationId.random(), "m" + i, PIN)));
        }
        for (CompletableFuture<Reply> reply : replies) {
            List<Turn> answer = reply.get(10, TimeUnit.SECONDS).botTurns();
            assertThat(answer).singleElement().extracting(Turn::text).isEqualTo("Use an ATM.");
        }
        assertThat(classifier.mostAtOnce.get()).isEqualTo(1);
    }

    private void awaitLlmCalls(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (llm.calls.get() < count && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(llm.calls.get()).isEqualTo(count);
    }

    private static VisitorMessage message(ConversationId id, String messageId, String text) {
        return new VisitorMessage(id, new MessageId(messageId), text);
    }
}
