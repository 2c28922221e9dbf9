package dev.penny.core.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.InMemoryConversationStore;
import dev.penny.core.conversation.MessageId;
import dev.penny.core.conversation.Source;
import dev.penny.core.conversation.Turn;
import dev.penny.core.feedback.FeedbackRefused.Reason;
import dev.penny.core.learning.InMemoryMissedQuestions;
import dev.penny.core.learning.MissedQuestion;
import dev.penny.core.learning.MissedQuestionLimits;
import dev.penny.core.policy.Decision;
import dev.penny.core.policy.Route;
import dev.penny.core.testing.MutableClock;
import dev.penny.core.understanding.IntentScore;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedbackDeskTest {

    private final MutableClock clock = MutableClock.at("2026-12-06T10:00:00Z");
    private final InMemoryConversationStore conversations = new InMemoryConversationStore(clock, Duration.ofHours(1));
    private final InMemoryFeedbackStore store = new InMemoryFeedbackStore(clock, Duration.ofHours(1));
    private final InMemoryMissedQuestions missed = new InMemoryMissedQuestions(clock, MissedQuestionLimits.defaults());
    private final FeedbackDesk desk = new FeedbackDesk(conversations, store, missed, () -> "v2", clock);
    private final ConversationId ana = ConversationId.random();

    private Turn ask(ConversationId id, String mid, String text) {
        Turn turn = Turn.visitor(new MessageId(mid), id, text, clock.instant());
        conversations.append(turn);
        return turn;
    }

    private Turn faqAnswer(ConversationId id, String mid, String intent) {
        Decision decision =
                new Decision(Route.FAQ, "confident", List.of(new IntentScore(intent, 0.9)), List.of(intent));
        Turn turn = Turn.bot(new MessageId(mid), id, Source.FAQ, "the answer", List.of(), clock.instant(), decision);
        conversations.append(turn);
        return turn;
    }

    @Test
    void counts_a_thumb_on_a_faq_answer_under_its_intent_and_the_served_version() {
        ask(ana, "q1", "where is my card");
        faqAnswer(ana, "a1", "card_arrival");

        AnswerFeedback given = desk.onAnswer(ana, new MessageId("a1"), true, null);

        assertThat(given.intentId()).isEqualTo("card_arrival");
        assertThat(given.catalogVersion()).isEqualTo("v2");
        assertThat(store.counts("v2").helpfulByIntent()).containsEntry("card_arrival", 1L);
        assertThat(missed.recent(10)).isEmpty();
    }

    @Test
    void a_thumbs_down_on_a_faq_answer_joins_the_missed_questions_once_with_its_comment_masked() {
        ask(ana, "q1", "where is my card? mail me at ana@example.com");
        faqAnswer(ana, "a1", "card_arrival");

        desk.onAnswer(ana, new MessageId("a1"), false, "wrong, write to ana@example.com");
        desk.onAnswer(ana, new MessageId("a1"), false, "still wrong");

        List<MissedQuestion> noted = missed.recent(10);
        assertThat(noted).hasSize(1);
        assertThat(noted.get(0).route()).isEqualTo(Route.FAQ);
        assertThat(noted.get(0).messageId()).isEqualTo(new MessageId("q1"));
        assertThat(noted.get(0).text()).doesNotContain("ana@example.com");
        assertThat(noted.get(0).reason())
                .startsWith("visitor found the FAQ answer unhelpful")
                .doesNotContain("ana@");
        assertThat(noted.get(0).top()).map(IntentScore::intentId).contains("card_arrival");
        assertThat(store.counts("v2").unhelpful()).isEqualTo(1);
    }

    @Test
    void refuses_feedback_on_a_visitor_turn_an_unknown_turn_or_another_conversations_answer() {
        ask(ana, "q1", "where is my card");
        ConversationId bo = ConversationId.random();
        faqAnswer(bo, "b1", "card_arrival");

        for (String turn : List.of("q1", "nope", "b1")) {
            assertThatThrownBy(() -> desk.onAnswer(ana, new MessageId(turn), true, ""))
                    .isInstanceOfSatisfying(
                            FeedbackRefused.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_A_BOT_ANSWER));
        }
        assertThat(store.counts("v2")).isEqualTo(FeedbackCounts.NONE);
    }

    @Test
    void rates_only_conversations_with_an_agent_and_only_from_1_to_5() {
        ask(ana, "q1", "agent please");
        assertThatThrownBy(() -> desk.rate(ana, 4, ""))
                .isInstanceOfSatisfying(
                        FeedbackRefused.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOTHING_TO_RATE));
        conversations.append(Turn.agent(new MessageId("g1"), ana, "hello, how can I help?", clock.instant()));

        for (int score : new int[] {0, 6, -1}) {
            assertThatThrownBy(() -> desk.rate(ana, score, ""))
                    .isInstanceOfSatisfying(
                            FeedbackRefused.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_FEEDBACK));
        }
        desk.rate(ana, 2, "");
        desk.rate(ana, 5, "thanks");

        assertThat(store.rating(ana)).map(ConversationRating::score).contains(5);
        assertThat(store.counts("v2").ratings()).isEqualTo(1);
        assertThat(store.counts("v2").ratingSum()).isEqualTo(5);
    }

    @Test
    void refuses_a_comment_longer_than_the_limit() {
        ask(ana, "q1", "where is my card");
        faqAnswer(ana, "a1", "card_arrival");

        assertThatThrownBy(() -> desk.onAnswer(ana, new MessageId("a1"), false, "x".repeat(501)))
                .isInstanceOfSatisfying(
                        FeedbackRefused.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_FEEDBACK));
        assertThat(store.feedbackOn(ana)).isEmpty();
    }
}
