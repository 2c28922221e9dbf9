package dev.penny.core.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.MessageId;
import dev.penny.core.policy.Route;
import dev.penny.core.testing.MutableClock;
import dev.penny.core.testing.Race;
import dev.penny.core.understanding.IntentScore;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link MissedQuestions} must do. Extend it once per implementation and return a fresh, empty store from
 * {@link #newStore(Clock, MissedQuestionLimits)}. Retention is read against the clock given, so moving the test clock
 * is enough: no test waits.
 */
public abstract class MissedQuestionsContract {

    private static final MissedQuestionLimits LIMITS = new MissedQuestionLimits(Duration.ofDays(30), 5, 3);

    protected final MutableClock clock = MutableClock.at("2025-03-14T09:00:00Z");

    private MissedQuestions store;

    /** A new, empty store with these limits. */
    protected abstract MissedQuestions newStore(Clock clock, MissedQuestionLimits limits);

    @BeforeEach
    void createStore() {
        store = newStore(clock, LIMITS);
    }

    @Test
    void gives_recent_questions_newest_first_with_every_field() {
        ConversationId id = ConversationId.random();
        MissedQuestion first = question(id, "can I pay with [card] in yen?", Route.HUMAN);
        clock.advance(Duration.ofMinutes(1));
        MissedQuestion second = new MissedQuestion(
                ConversationId.random(),
                MessageId.random(),
                "do you «sponsor» 🙂 \"students\"?\nnew line",
                Route.LLM,
                "unsure: card_arrival 0.31 < 0.80; grounded on 3 FAQ entries",
                new IntentScore("card_arrival", 0.3125),
                clock.instant());
        store.record(first);
        store.record(second);

        assertThat(store.recent(10)).containsExactly(second, first);
        assertThat(store.recent(1)).containsExactly(second);
        assertThat(store.recent(0)).isEmpty();
    }

    @Test
    void keeps_a_question_without_a_top_intent() {
        MissedQuestion question = new MissedQuestion(
                ConversationId.random(),
                MessageId.random(),
                "???",
                Route.HUMAN,
                "could not classify the message (timeout)",
                null,
                clock.instant());
        store.record(question);

        assertThat(store.recent(10)).containsExactly(question);
        assertThat(store.recent(10).get(0).top()).isEmpty();
    }

    @Test
    void keeps_at_most_the_newest_questions_the_limits_allow() {
        for (int i = 0; i < 8; i++) {
            store.record(question(ConversationId.random(), "question " + i, Route.HUMAN));
            clock.advance(Duration.ofSeconds(1));
        }

        assertThat(store.recent(100))
                .extracting(MissedQuestion::text)
                .containsExactly("question 7", "question 6", "question 5", "question 4", "question 3");
    }

    @Test
    void forgets_questions_and_answers_once_their_retention_has_passed() {
        ConversationId old = ConversationId.random();
        store.record(question(old, "an old question", Route.HUMAN));
        store.agentAnswered(new AgentAnswer(old, "an old answer", clock.instant()));
        clock.advance(Duration.ofDays(20));
        ConversationId recent = ConversationId.random();
        store.record(question(recent, "a recent question", Route.LLM));
        store.agentAnswered(new AgentAnswer(recent, "a recent answer", clock.instant()));

        clock.advance(Duration.ofDays(11));

        assertThat(store.recent(10)).extracting(MissedQuestion::text).containsExactly("a recent question");
        assertThat(store.agentAnswers(List.of(old, recent))).containsOnlyKeys(recent);
    }

    @Test
    void keeps_agent_answers_only_in_conversations_with_a_missed_question() {
        ConversationId missed = ConversationId.random();
        ConversationId other = ConversationId.random();
        store.record(question(missed, "do you sponsor students?", Route.HUMAN));
        AgentAnswer hello = new AgentAnswer(missed, "Hi, I'm Alice.", clock.instant());
        clock.advance(Duration.ofSeconds(5));
        AgentAnswer answer = new AgentAnswer(missed, "Yes: students get a free account until 26.", clock.instant());

        assertThat(store.agentAnswered(hello)).isTrue();
        assertThat(store.agentAnswered(answer)).isTrue();
        assertThat(store.agentAnswered(new AgentAnswer(other, "Hello!", clock.instant())))
                .isFalse();

        Map<ConversationId, List<AgentAnswer>> found = store.agentAnswers(List.of(missed, other));
        assertThat(found).containsOnlyKeys(missed);
        assertThat(found.get(missed)).containsExactly(hello, answer);
        assertThat(store.agentAnswers(List.of())).isEmpty();
    }

    @Test
    void keeps_the_first_answers_of_a_conversation_up_to_the_limit() {
        ConversationId id = ConversationId.random();
        store.record(question(id, "do you sponsor students?", Route.HUMAN));
        for (int i = 0; i < 5; i++) {
            boolean kept = store.agentAnswered(new AgentAnswer(id, "reply " + i, clock.instant()));
            assertThat(kept).as("reply %d kept", i).isEqualTo(i < 3);
            clock.advance(Duration.ofSeconds(1));
        }

        assertThat(store.agentAnswers(Set.of(id)).get(id))
                .extracting(AgentAnswer::text)
                .containsExactly("reply 0", "reply 1", "reply 2");
    }

    @Test
    void refuses_a_negative_limit() {
        assertThatThrownBy(() -> store.recent(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void loses_no_question_recorded_concurrently() throws Exception {
        store = newStore(clock, new MissedQuestionLimits(Duration.ofDays(30), 1000, 3));
        AtomicInteger next = new AtomicInteger();
        Race.run(8, racer -> () -> {
            for (int i = 0; i < 20; i++) {
                store.record(question(ConversationId.random(), "q" + next.incrementAndGet(), Route.HUMAN));
            }
            return null;
        });

        assertThat(store.recent(1000)).hasSize(160);
        assertThat(store.recent(1000)).extracting(MissedQuestion::text).doesNotHaveDuplicates();
    }

    private MissedQuestion question(ConversationId id, String text, Route route) {
        return new MissedQuestion(
                id,
                MessageId.random(),
                text,
                route,
                route == Route.LLM ? "unsure, grounded on the FAQ" : "unsure, no LLM configured",
                new IntentScore("card_arrival", 0.25),
                clock.instant());
    }

    @Test
    void erase_forgets_a_conversations_questions_and_answers_only() {
        ConversationId erased = ConversationId.random();
        ConversationId kept = ConversationId.random();
        store.record(question(erased, "my IBAN is ...", Route.HUMAN));
        store.record(question(kept, "do you sponsor students?", Route.HUMAN));
        store.record(question(erased, "and my card?", Route.LLM));
        store.agentAnswered(new AgentAnswer(erased, "Let me check.", clock.instant()));
        store.agentAnswered(new AgentAnswer(kept, "Yes.", clock.instant()));

        store.erase(erased);

        assertThat(store.recent(10)).extracting(MissedQuestion::conversationId).containsExactly(kept);
        assertThat(store.agentAnswers(List.of(erased, kept))).containsOnlyKeys(kept);
        assertThat(store.agentAnswered(new AgentAnswer(erased, "Anything else?", clock.instant())))
                .as("no question kept: the reply teaches nothing")
                .isFalse();
    }

    @Test
    void forgets_each_question_by_its_own_age_while_newer_ones_keep_arriving() {
        MissedQuestions roomy = newStore(clock, new MissedQuestionLimits(Duration.ofDays(30), 1000, 3));
        for (int day = 0; day < 40; day++) {
            roomy.record(question(ConversationId.random(), "asked on day " + day, Route.HUMAN));
            clock.advance(Duration.ofDays(1));
        }

        assertThat(roomy.recent(1000))
                .extracting(MissedQuestion::text)
                .hasSize(29)
                .startsWith("asked on day 39")
                .endsWith("asked on day 11");
    }
}
