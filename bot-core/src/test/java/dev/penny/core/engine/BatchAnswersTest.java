package dev.penny.core.engine;

import static dev.penny.core.engine.SupportDesk.CARD_ARRIVAL;
import static dev.penny.core.engine.SupportDesk.message;
import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.ConversationState;
import dev.penny.core.conversation.Source;
import dev.penny.core.conversation.Turn;
import dev.penny.core.cost.CostKind;
import dev.penny.core.handoff.AgentId;
import dev.penny.core.policy.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BatchAnswersTest {

    private static final String CONFIDENT = "when will my card arrive";
    private static final String AMBIGUOUS = "card?";
    private static final String UNSURE = "can I pay my rent with it";

    private final SupportDesk desk = new SupportDesk();

    @BeforeEach
    void teachTheFakes() {
        desk.classifier
                .knows(CONFIDENT, "card_arrival", 0.92, "card_delivery", 0.05)
                .knows(AMBIGUOUS, "card_arrival", 0.45, "card_delivery", 0.40, "card_payment", 0.1)
                .knows(UNSURE, "card_payment", 0.5, "card_arrival", 0.2)
                .knows("Card arrival", "card_payment", 0.3, "card_arrival", 0.3);
        desk.retriever.matches(SupportDesk.CARD_PAYMENT, 0.8);
        desk.agentOnline(new AgentId("sam"));
    }

    @Test
    void answers_a_batch_of_faq_questions_in_three_store_calls_whatever_its_size() {
        List<ConversationId> ids = conversationsUnderway(6);
        List<Understood> understood = desk.engine.understandAll(
                ids.stream().map(id -> message(id, CONFIDENT)).toList());
        desk.engineStoreCalls.forget();

        List<Optional<Reply>> replies = desk.engine.respondFromFaq(understood, ConversationScope.none());

        assertThat(replies)
                .hasSize(6)
                .allSatisfy(reply -> assertThat(reply)
                        .hasValueSatisfying(r -> assertThat(r.botTurns())
                                .singleElement()
                                .satisfies(turn -> {
                                    assertThat(turn.source()).isEqualTo(Source.FAQ);
                                    assertThat(turn.text()).isEqualTo(CARD_ARRIVAL.answer());
                                })));
        assertThat(desk.engineStoreCalls.calls()).containsExactly("states", "recentTurnsOfEach", "appendAll");
        for (int i = 0; i < ids.size(); i++) {
            assertThat(desk.store.transcript(ids.get(i)))
                    .last()
                    .isEqualTo(replies.get(i).orElseThrow().botTurns().get(0));
            // the first question of each conversation, then this one: each classification counted once
            assertThat(desk.ledger.conversationTotals(ids.get(i)).units(CostKind.LOCAL_CLASSIFICATION))
                    .isEqualTo(2);
        }
    }

    @Test
    void leaves_what_the_faq_does_not_answer_at_once_untouched_for_respond() {
        ConversationId faq = conversationsUnderway(1).get(0);
        ConversationId unsure = conversationsUnderway(1).get(0);
        ConversationId waiting = conversationsUnderway(1).get(0);
        desk.visitorSays(waiting, "I want to talk to a human");
        ConversationId fresh = ConversationId.random();
        List<Understood> understood = desk.engine.understandAll(List.of(
                message(faq, CONFIDENT),
                message(unsure, UNSURE),
                message(waiting, CONFIDENT),
                message(fresh, CONFIDENT)));

        List<Optional<Reply>> replies = desk.engine.respondFromFaq(understood, ConversationScope.none());

        assertThat(replies.get(0)).isPresent();
        assertThat(replies.subList(1, 4)).allSatisfy(reply -> assertThat(reply).isEmpty());
        assertThat(desk.llm.questions()).isEmpty();
        assertThat(desk.ledger.conversationTotals(unsure).units(CostKind.LOCAL_CLASSIFICATION))
                .as("left untouched: not counted yet")
                .isEqualTo(1);

        Reply llm = desk.engine.respond(understood.get(1));
        Reply silence = desk.engine.respond(understood.get(2));
        Reply first = desk.engine.respond(understood.get(3));

        assertThat(llm.botTurns())
                .singleElement()
                .satisfies(turn -> assertThat(turn.source()).isEqualTo(Source.LLM));
        assertThat(desk.ledger.conversationTotals(unsure).units(CostKind.LOCAL_CLASSIFICATION))
                .isEqualTo(2);
        assertThat(silence.botTurns()).isEmpty();
        assertThat(silence.state()).isEqualTo(ConversationState.WAITING_FOR_AGENT);
        assertThat(first.botTurns())
                .singleElement()
                .satisfies(turn -> assertThat(turn.source()).isEqualTo(Source.FAQ));
        assertThat(desk.store.state(fresh)).contains(ConversationState.BOT);
    }

    @Test
    void offers_a_choice_and_recognises_the_pick_from_the_turns_read_for_the_batch() {
        ConversationId id = conversationsUnderway(1).get(0);
        Reply choice = respondTogether(id, AMBIGUOUS);
        assertThat(choice.botTurns())
                .singleElement()
                .satisfies(turn -> assertThat(turn.decision().route()).isEqualTo(Route.CHOICE));

        Reply picked = respondTogether(id, "Card arrival");

        assertThat(picked.botTurns()).singleElement().satisfies(turn -> {
            assertThat(turn.text()).isEqualTo(CARD_ARRIVAL.answer());
            assertThat(turn.decision().intentIds()).containsExactly("card_arrival");
        });
    }

    @Test
    void leaves_both_messages_of_a_conversation_with_two_in_the_batch_to_keep_their_order() {
        ConversationId id = conversationsUnderway(1).get(0);
        List<Understood> understood =
                desk.engine.understandAll(List.of(message(id, CONFIDENT), message(id, CONFIDENT)));

        assertThat(desk.engine.respondFromFaq(understood, ConversationScope.none()))
                .containsExactly(Optional.empty(), Optional.empty());
    }

    @Test
    void leaves_a_resent_message_to_respond() {
        ConversationId id = conversationsUnderway(1).get(0);
        var message = message(id, CONFIDENT);
        desk.engine.handle(message);

        List<Understood> again = desk.engine.understandAll(List.of(message));

        assertThat(desk.engine.respondFromFaq(again, ConversationScope.none())).containsExactly(Optional.empty());
        assertThat(desk.engine.respond(again.get(0)).botTurns()).hasSize(1);
    }

    @Test
    void answers_each_conversation_inside_its_scope() {
        List<ConversationId> ids = conversationsUnderway(3);
        List<Understood> understood = desk.engine.understandAll(
                ids.stream().map(id -> message(id, CONFIDENT)).toList());
        List<ConversationId> scoped = new ArrayList<>();

        desk.engine.respondFromFaq(understood, (id, work) -> {
            scoped.add(id);
            work.run();
        });

        assertThat(scoped).containsExactlyElementsOf(ids);
    }

    /** Conversations the bot has answered once, so they are stored and the bot answers them. */
    private List<ConversationId> conversationsUnderway(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> {
                    ConversationId id = ConversationId.random();
                    desk.visitorSays(id, CONFIDENT);
                    return id;
                })
                .toList();
    }

    private Reply respondTogether(ConversationId id, String text) {
        List<Understood> understood = desk.engine.understandAll(List.of(message(id, text)));
        Optional<Reply> reply =
                desk.engine.respondFromFaq(understood, ConversationScope.none()).get(0);
        assertThat(reply).as("answered in the batch").isPresent();
        Turn last = desk.store.transcript(id).get(desk.store.transcript(id).size() - 1);
        assertThat(reply.get().botTurns()).containsExactly(last);
        return reply.get();
    }
}
