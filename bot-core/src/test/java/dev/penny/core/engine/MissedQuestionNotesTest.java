package dev.penny.core.engine;

import static dev.penny.core.engine.SupportDesk.CARD_ARRIVAL;
import static dev.penny.core.engine.SupportDesk.CARD_PAYMENT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.handoff.AgentId;
import dev.penny.core.learning.AgentAnswer;
import dev.penny.core.learning.MissedQuestion;
import dev.penny.core.llm.LlmException;
import dev.penny.core.policy.PolicySettings;
import dev.penny.core.policy.Route;
import dev.penny.core.understanding.IntentScore;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The engine and the desk note what the FAQ could not answer, and what agents replied, for learning from traffic. */
class MissedQuestionNotesTest {

    private static final String CONFIDENT = "when will my card arrive";
    private static final String AMBIGUOUS = "card?";
    private static final String UNSURE = "can I pay my rent with it";

    private final SupportDesk desk = new SupportDesk();
    private final ConversationId id = ConversationId.random();
    private final AgentId sam = new AgentId("sam");

    @BeforeEach
    void teachTheFakes() {
        desk.classifier
                .knows(CONFIDENT, "card_arrival", 0.92, "card_delivery", 0.05)
                .knows(AMBIGUOUS, "card_arrival", 0.45, "card_delivery", 0.40, "card_payment", 0.1)
                .knows(UNSURE, "card_payment", 0.5, "card_arrival", 0.2);
        desk.retriever.matches(CARD_PAYMENT, 0.8).matches(CARD_ARRIVAL, 0.6);
        desk.agentOnline(sam);
    }

    @Test
    void notes_a_question_the_llm_answered_with_the_top_intent_and_reason() {
        Reply reply = desk.visitorSays(id, UNSURE);

        assertThat(desk.missed.recent(10)).singleElement().satisfies(question -> {
            assertThat(question.conversationId()).isEqualTo(id);
            assertThat(question.messageId()).isEqualTo(reply.visitorTurn().id());
            assertThat(question.text()).isEqualTo(UNSURE);
            assertThat(question.route()).isEqualTo(Route.LLM);
            assertThat(question.reason())
                    .isEqualTo(reply.botTurns().get(0).decision().reason());
            assertThat(question.topIntent()).isEqualTo(new IntentScore("card_payment", 0.5));
            assertThat(question.at()).isEqualTo(reply.visitorTurn().at());
        });
    }

    @Test
    void notes_a_question_handed_to_a_person_with_personal_data_masked() {
        desk.llm.failsWith(new LlmException(LlmException.Failure.TIMEOUT, "no answer in 10s"));
        String text = "I'm ana@example.com, can I pay my rent with it";
        desk.classifier.knows(text, "card_payment", 0.5);

        desk.visitorSays(id, text);

        assertThat(desk.missed.recent(10)).singleElement().satisfies(question -> {
            assertThat(question.text()).isEqualTo("I'm [email], can I pay my rent with it");
            assertThat(question.route()).isEqualTo(Route.HUMAN);
            assertThat(question.reason()).contains("the LLM failed");
        });
    }

    @Test
    void notes_questions_handed_off_because_no_llm_is_configured_or_understanding_failed() {
        SupportDesk noLlm = new SupportDesk(PolicySettings.defaults());
        noLlm.classifier.knows(UNSURE, "card_payment", 0.5);
        noLlm.visitorSays(id, UNSURE);
        ConversationId other = ConversationId.random();
        noLlm.classifier.failWith(new IllegalStateException("model broken"));
        noLlm.visitorSays(other, "anything");

        assertThat(noLlm.missed.recent(10))
                .extracting(MissedQuestion::conversationId, MissedQuestion::route)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(other, Route.HUMAN),
                        org.assertj.core.groups.Tuple.tuple(id, Route.HUMAN));
        assertThat(noLlm.missed.recent(10).get(0).top()).isEmpty();
    }

    @Test
    void does_not_note_questions_the_faq_answered_or_offered_a_choice_for() {
        desk.visitorSays(id, CONFIDENT);
        desk.visitorSays(ConversationId.random(), AMBIGUOUS);

        assertThat(desk.missed.recent(10)).isEmpty();
    }

    @Test
    void does_not_note_a_visitor_asking_for_a_person() {
        desk.visitorSays(id, "I want to talk to a real person");

        assertThat(desk.missed.recent(10)).isEmpty();
    }

    @Test
    void does_not_note_a_resent_message_or_messages_while_a_person_answers() {
        VisitorMessage message = SupportDesk.message(id, UNSURE);
        desk.llm.failsWith(new LlmException(LlmException.Failure.TIMEOUT, "no answer in 10s"));
        desk.engine.handle(message);
        desk.engine.handle(message);
        desk.visitorSays(id, "are you there?");

        assertThat(desk.missed.recent(10)).extracting(MissedQuestion::text).containsExactly(UNSURE);
    }

    @Test
    void keeps_agent_replies_in_conversations_with_a_missed_question_masked() {
        desk.llm.failsWith(new LlmException(LlmException.Failure.TIMEOUT, "no answer in 10s"));
        desk.visitorSays(id, UNSURE);
        desk.agents.claim(id, sam);
        desk.agents.reply(id, sam, "Yes, rent works; write to rent@bank.example for a receipt");
        ConversationId asked = ConversationId.random();
        desk.visitorSays(asked, "I want to talk to a real person");
        desk.agents.claim(asked, sam);
        desk.agents.reply(asked, sam, "Hello, how can I help?");

        assertThat(desk.missed.agentAnswers(List.of(id, asked))).containsOnlyKeys(id);
        assertThat(desk.missed.agentAnswers(List.of(id)).get(id))
                .extracting(AgentAnswer::text)
                .containsExactly("Yes, rent works; write to [email] for a receipt");
    }
}
