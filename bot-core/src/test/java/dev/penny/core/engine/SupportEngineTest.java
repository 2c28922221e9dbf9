package dev.penny.core.engine;

import static dev.penny.core.engine.SupportDesk.CARD_ARRIVAL;
import static dev.penny.core.engine.SupportDesk.CARD_DELIVERY;
import static dev.penny.core.engine.SupportDesk.CARD_PAYMENT;
import static dev.penny.core.engine.SupportDesk.TALK_TO_HUMAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.penny.core.conversation.Author;
import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.ConversationState;
import dev.penny.core.conversation.Source;
import dev.penny.core.conversation.Turn;
import dev.penny.core.cost.CostEvent;
import dev.penny.core.cost.CostKind;
import dev.penny.core.cost.CostTotals;
import dev.penny.core.handoff.AgentId;
import dev.penny.core.handoff.WaitingConversation;
import dev.penny.core.llm.LlmAnswer;
import dev.penny.core.llm.LlmException;
import dev.penny.core.policy.PolicySettings;
import dev.penny.core.policy.Route;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SupportEngineTest {

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
        desk.retriever
                .matches(CARD_PAYMENT, 0.8)
                .matches(CARD_ARRIVAL, 0.6)
                .matches(CARD_DELIVERY, 0.55)
                .matches(TALK_TO_HUMAN, 0.1);
        desk.agentOnline(sam);
    }

    @Test
    void answers_from_faq_when_confident() {
        Reply reply = desk.visitorSays(id, CONFIDENT);

        assertThat(reply.botTurns()).singleElement().satisfies(turn -> {
            assertThat(turn.source()).isEqualTo(Source.FAQ);
            assertThat(turn.text()).isEqualTo(CARD_ARRIVAL.answer());
            assertThat(turn.quickReplies()).containsExactly("Track my card");
            assertThat(turn.decision().route()).isEqualTo(Route.FAQ);
        });
        assertThat(reply.state()).isEqualTo(ConversationState.BOT);
        assertThat(desk.store.state(id)).contains(ConversationState.BOT);
        assertThat(desk.llm.questions()).isEmpty();
    }

    @Test
    void offers_choice_when_top_two_are_close() {
        Reply reply = desk.visitorSays(id, AMBIGUOUS);

        assertThat(reply.botTurns()).singleElement().satisfies(turn -> {
            assertThat(turn.text()).isEqualTo("Did you mean one of these?");
            assertThat(turn.quickReplies()).containsExactly("Card arrival", "Delivery estimate");
            assertThat(turn.decision().route()).isEqualTo(Route.CHOICE);
        });
    }

    @Test
    void answers_the_faq_entry_the_visitor_picks_from_a_choice() {
        desk.visitorSays(id, AMBIGUOUS);

        Reply reply = desk.visitorSays(id, "delivery estimate");

        assertThat(reply.botTurns()).singleElement().satisfies(turn -> {
            assertThat(turn.text()).isEqualTo(CARD_DELIVERY.answer());
            assertThat(turn.decision().reason()).contains("picked \"Delivery estimate\"");
        });
    }

    @Test
    void escalates_to_llm_when_unsure() {
        Reply reply = desk.visitorSays(id, UNSURE);

        assertThat(reply.botTurns()).singleElement().satisfies(turn -> {
            assertThat(turn.source()).isEqualTo(Source.LLM);
            assertThat(turn.text()).startsWith("You can pay rent");
            assertThat(turn.decision().route()).isEqualTo(Route.LLM);
        });
        assertThat(reply.state()).isEqualTo(ConversationState.BOT);
    }

    @Test
    void grounds_the_llm_on_the_best_faq_entries_with_personal_data_masked() {
        desk.classifier.knows("I'm ana@example.com, can I pay rent?", "card_payment", 0.5);

        desk.visitorSays(id, "I'm ana@example.com, can I pay rent?");

        assertThat(desk.llm.questions()).singleElement().satisfies(question -> {
            assertThat(question.maskedQuestion()).isEqualTo("I'm [email], can I pay rent?");
            assertThat(question.faq())
                    .extracting(m -> m.entry().intentId())
                    .hasSize(PolicySettings.defaults().groundingEntries())
                    .containsExactly("card_payment", "card_arrival");
        });
    }

    @Test
    void hands_off_when_llm_says_faq_does_not_cover() {
        desk.llm.answers(LlmAnswer.notCovered(280, 12));

        Reply reply = desk.visitorSays(id, UNSURE);

        assertHandedOff(reply, "the LLM says the FAQ does not cover this");
        assertThat(desk.ledger.conversationTotals(id).llmMicroDollars()).isEqualTo(280 + 24);
    }

    @Test
    void hands_off_when_llm_times_out() {
        desk.llm.failsWith(new LlmException(LlmException.Failure.TIMEOUT, "no answer in 10s"));

        assertHandedOff(desk.visitorSays(id, UNSURE), "the LLM failed (TIMEOUT: no answer in 10s)");
    }

    @Test
    void hands_off_when_the_llm_client_breaks() {
        desk.llm.failsWith(new IllegalStateException("bug"));

        assertHandedOff(desk.visitorSays(id, UNSURE), "the LLM client failed");
    }

    @Test
    void hands_off_when_budget_spent() {
        desk.ledger.record(new CostEvent(id, CostKind.LLM_OUTPUT_TOKENS, 50_000, 100_000));

        Reply reply = desk.visitorSays(id, UNSURE);

        assertHandedOff(reply, "conversation LLM budget spent");
        assertThat(desk.llm.questions()).isEmpty();
    }

    @Test
    void hands_off_when_no_llm_is_configured() {
        SupportDesk noLlm = new SupportDesk(PolicySettings.defaults());
        noLlm.classifier.knows(UNSURE, "card_payment", 0.5);
        noLlm.retriever.matches(CARD_PAYMENT, 0.8);

        Reply reply = noLlm.visitorSays(id, UNSURE);

        assertThat(reply.botTurns().get(0).decision().reason()).contains("no LLM configured");
        assertThat(noLlm.llm.questions()).isEmpty();
    }

    @Test
    void visitor_asking_for_human_gets_one() {
        Reply reply = desk.visitorSays(id, "I want to talk to a real person");

        assertHandedOff(reply, "visitor asked for a person");
        assertThat(reply.botTurns().get(0).text()).contains("connect you with a person");
        assertThat(reply.inviteToLeaveMessage()).isFalse();
        assertThat(desk.handoff.queue())
                .singleElement()
                .satisfies(waiting -> assertThat(waiting.summary())
                        .startsWith("\"I want to talk to a real person\": visitor asked for a person"));
    }

    @Test
    void invites_the_visitor_to_leave_a_message_when_no_agent_is_online() {
        desk.handoff.agentOffline(sam);

        Reply reply = desk.visitorSays(id, "human please");

        assertThat(reply.inviteToLeaveMessage()).isTrue();
        assertThat(reply.botTurns().get(0).text()).contains("Leave a message and your email");
        desk.engine.leaveMessage(id, "ana@example.com", "My card never came");
        assertThat(desk.handoff.leftMessages()).singleElement().satisfies(left -> {
            assertThat(left.conversationId()).isEqualTo(id);
            assertThat(left.email()).isEqualTo("ana@example.com");
        });
    }

    @Test
    void bot_stays_silent_while_waiting_for_an_agent() {
        desk.visitorSays(id, "human please");

        Reply reply = desk.visitorSays(id, CONFIDENT);

        assertThat(reply.botTurns()).isEmpty();
        assertThat(reply.state()).isEqualTo(ConversationState.WAITING_FOR_AGENT);
        assertThat(reply.forwardToAgent()).isTrue();
    }

    @Test
    void bot_stays_silent_while_agent_holds_conversation() {
        desk.visitorSays(id, "human please");
        desk.agents.claim(id, sam);
        int batchesBefore = desk.classifier.batches().size();

        Reply reply = desk.visitorSays(id, CONFIDENT);

        assertThat(reply.botTurns()).isEmpty();
        assertThat(reply.state()).isEqualTo(ConversationState.WITH_AGENT);
        assertThat(reply.forwardToAgent()).isTrue();
        assertThat(desk.store.transcript(id)).last().isEqualTo(reply.visitorTurn());
        assertThat(desk.classifier.batches()).hasSize(batchesBefore);
    }

    @Test
    void answers_again_once_the_agent_hands_back() {
        desk.visitorSays(id, "human please");
        desk.agents.claim(id, sam);
        desk.agents.releaseToBot(id, sam);

        Reply reply = desk.visitorSays(id, CONFIDENT);

        assertThat(reply.botTurns()).extracting(Turn::text).containsExactly(CARD_ARRIVAL.answer());
    }

    @Test
    void a_closed_conversation_reopens_with_the_bot() {
        desk.visitorSays(id, "human please");
        desk.agents.claim(id, sam);
        desk.agents.close(id, sam);

        Reply reply = desk.visitorSays(id, CONFIDENT);

        assertThat(reply.botTurns()).hasSize(1);
        assertThat(desk.store.state(id)).contains(ConversationState.BOT);
    }

    @Test
    void keeps_the_visitor_message_and_hands_off_when_classification_fails() {
        desk.classifier.failWith(new IllegalStateException("model not loaded"));

        Reply reply = desk.visitorSays(id, CONFIDENT);

        assertThat(desk.store.transcript(id).get(0)).isEqualTo(reply.visitorTurn());
        assertHandedOff(reply, "could not classify the message");
    }

    @Test
    void hands_off_when_the_faq_lacks_the_recognised_intent() {
        desk.classifier.knows("ghost", "retired_intent", 0.95);

        assertHandedOff(desk.visitorSays(id, "ghost"), "the FAQ has no entry for it");
    }

    @Test
    void answers_a_resent_message_once() {
        VisitorMessage message = SupportDesk.message(id, CONFIDENT);
        Reply first = desk.engine.handle(message);

        Reply again = desk.engine.handle(message);

        assertThat(again.alreadyAccepted()).isTrue();
        assertThat(again.visitorTurn()).isEqualTo(first.visitorTurn());
        assertThat(again.botTurns()).isEqualTo(first.botTurns());
        assertThat(desk.store.transcript(id)).hasSize(2);
        assertThat(desk.classifier.batches()).hasSize(1);
    }

    @Test
    void refuses_a_message_resent_while_its_first_attempt_holds_its_claim() {
        VisitorMessage message = SupportDesk.message(id, CONFIDENT);
        Turn stored = storedButNeverAnswered(message);
        desk.claims.claimAll(List.of(stored));

        assertThatThrownBy(() -> desk.engine.handle(message)).isInstanceOf(StillAnswering.class);
        assertThat(desk.store.transcript(id)).hasSize(1);
    }

    @Test
    void refuses_a_message_resent_while_its_first_answer_waits_for_the_llm_however_long_that_takes() {
        VisitorMessage message = SupportDesk.message(id, UNSURE);
        Understood first = desk.engine.understandAll(List.of(message)).get(0);
        desk.clock.advance(SupportDesk.ANSWER_DEADLINE.multipliedBy(10));

        assertThatThrownBy(() -> desk.engine.handle(message)).isInstanceOf(StillAnswering.class);
        Reply answered = desk.engine.respond(first);
        Reply again = desk.engine.handle(message);

        assertThat(answered.botTurns()).extracting(Turn::source).containsExactly(Source.LLM);
        assertThat(again.alreadyAccepted()).isTrue();
        assertThat(again.botTurns()).isEqualTo(answered.botTurns());
        assertThat(desk.llm.questions()).hasSize(1);
    }

    @Test
    void answers_a_message_stored_but_abandoned_unanswered_once_nobody_holds_its_claim() {
        VisitorMessage message = SupportDesk.message(id, CONFIDENT);
        Turn stored = storedButNeverAnswered(message);

        Reply reply = desk.engine.handle(message);

        assertThat(reply.alreadyAccepted()).isFalse();
        assertThat(reply.visitorTurn()).isEqualTo(stored);
        assertThat(reply.botTurns()).extracting(Turn::source).containsExactly(Source.FAQ);
        assertThat(desk.store.transcript(id)).extracting(Turn::author).containsExactly(Author.VISITOR, Author.BOT);
        assertThat(desk.engine.handle(message).alreadyAccepted()).isTrue();
    }

    @Test
    void replays_a_message_resent_while_an_agent_holds_the_conversation_without_a_bot_answer() {
        desk.visitorSays(id, "human please");
        desk.agents.claim(id, sam);
        VisitorMessage message = SupportDesk.message(id, CONFIDENT);
        desk.engine.handle(message);

        Reply again = desk.engine.handle(message);

        assertThat(again.alreadyAccepted()).isTrue();
        assertThat(again.botTurns()).isEmpty();
        assertThat(again.state()).isEqualTo(ConversationState.WITH_AGENT);
    }

    /** The first attempt stored the message, then the store failed before the answer was written. */
    private Turn storedButNeverAnswered(VisitorMessage message) {
        Turn turn = Turn.visitor(message.messageId(), id, message.text(), desk.clock.instant());
        desk.store.append(turn);
        return turn;
    }

    @Test
    void classifies_concurrent_messages_in_one_batch() {
        ConversationId other = ConversationId.random();
        ConversationId third = ConversationId.random();

        List<Reply> replies = desk.engine.handleAll(List.of(
                SupportDesk.message(id, CONFIDENT),
                SupportDesk.message(other, AMBIGUOUS),
                SupportDesk.message(third, UNSURE)));

        assertThat(desk.classifier.batches()).containsExactly(List.of(CONFIDENT, AMBIGUOUS, UNSURE));
        assertThat(replies)
                .extracting(reply -> reply.botTurns().get(0).decision().route())
                .containsExactly(Route.FAQ, Route.CHOICE, Route.LLM);
        assertThat(replies)
                .extracting(reply -> reply.visitorTurn().conversationId())
                .containsExactly(id, other, third);
    }

    @Test
    void a_handoff_early_in_a_batch_silences_the_rest_of_that_conversation() {
        List<Reply> replies = desk.engine.handleAll(
                List.of(SupportDesk.message(id, "agent please"), SupportDesk.message(id, CONFIDENT)));

        assertThat(replies.get(0).state()).isEqualTo(ConversationState.WAITING_FOR_AGENT);
        assertThat(replies.get(1).botTurns()).isEmpty();
        assertThat(replies.get(1).forwardToAgent()).isTrue();
    }

    @Test
    void records_local_classification_and_the_all_llm_baseline_for_every_message() {
        desk.visitorSays(id, CONFIDENT); // 24 characters: 100 + 6 input tokens, 50 output tokens
        desk.visitorSays(id, AMBIGUOUS); // 5 characters: 100 + 2 input tokens, 50 output tokens

        CostTotals totals = desk.ledger.conversationTotals(id);
        assertThat(totals.units(CostKind.LOCAL_CLASSIFICATION)).isEqualTo(2);
        assertThat(totals.microDollars(CostKind.LOCAL_CLASSIFICATION)).isEqualTo(4);
        assertThat(totals.units(CostKind.ALL_LLM_BASELINE)).isEqualTo(156 + 152);
        assertThat(totals.allLlmBaselineMicroDollars()).isEqualTo((106 + 100) + (102 + 100));
        assertThat(totals.llmMicroDollars()).isZero();
    }

    @Test
    void records_llm_tokens_at_the_configured_prices() {
        desk.visitorSays(id, UNSURE);

        CostTotals totals = desk.ledger.conversationTotals(id);
        assertThat(totals.units(CostKind.LLM_INPUT_TOKENS)).isEqualTo(300);
        assertThat(totals.units(CostKind.LLM_OUTPUT_TOKENS)).isEqualTo(40);
        assertThat(totals.llmMicroDollars()).isEqualTo(300 + 80);
        assertThat(desk.ledger.dailyTotals(LocalDate.of(2025, 3, 14)).llmMicroDollars())
                .isEqualTo(380);
    }

    @Test
    void stores_the_visitor_turn_then_each_bot_turn_with_its_decision() {
        Reply reply = desk.visitorSays(id, CONFIDENT);

        List<Turn> transcript = desk.store.transcript(id);
        assertThat(transcript).extracting(Turn::author).containsExactly(Author.VISITOR, Author.BOT);
        assertThat(transcript.get(1)).isEqualTo(reply.botTurns().get(0));
        assertThat(transcript.get(1).decision().scores()).isNotEmpty();
    }

    private void assertHandedOff(Reply reply, String reasonPart) {
        assertThat(reply.state()).isEqualTo(ConversationState.WAITING_FOR_AGENT);
        assertThat(reply.botTurns()).singleElement().satisfies(turn -> {
            assertThat(turn.source()).isEqualTo(Source.SYSTEM);
            assertThat(turn.decision().route()).isEqualTo(Route.HUMAN);
            assertThat(turn.decision().reason()).contains(reasonPart);
        });
        assertThat(desk.store.state(reply.visitorTurn().conversationId()))
                .contains(ConversationState.WAITING_FOR_AGENT);
        assertThat(desk.handoff.queue())
                .extracting(WaitingConversation::conversationId)
                .contains(reply.visitorTurn().conversationId());
    }
}
