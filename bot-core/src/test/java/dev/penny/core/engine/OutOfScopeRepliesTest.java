package dev.penny.core.engine;

import static dev.penny.core.engine.SupportDesk.CARD_ARRIVAL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.Source;
import dev.penny.core.conversation.Turn;
import dev.penny.core.policy.PolicySettings;
import dev.penny.core.policy.Route;
import org.junit.jupiter.api.Test;

/** The engine answers an out-of-scope message from the out-of-scope intent's FAQ entry, without the LLM. */
class OutOfScopeRepliesTest {

    private static final String WEATHER = "will it rain tomorrow";
    private final ConversationId id = ConversationId.random();

    @Test
    void answers_from_the_out_of_scope_intent_and_does_not_call_the_llm() {
        SupportDesk desk =
                desk(PolicySettings.defaults().withLlmConfigured(true).withOutOfScopeIntent("card_delivery"));

        Reply reply = desk.visitorSays(id, WEATHER);

        Turn answer = reply.botTurns().get(0);
        assertThat(answer.source()).isEqualTo(Source.FAQ);
        assertThat(answer.text()).isEqualTo(SupportDesk.CARD_DELIVERY.answer());
        assertThat(answer.decision().route()).isEqualTo(Route.FAQ);
        assertThat(answer.decision().reason()).contains("answering with out-of-scope intent card_delivery");
        assertThat(desk.llm.questions()).isEmpty();
        assertThat(desk.missed.recent(10))
                .singleElement()
                .satisfies(q -> assertThat(q.route()).isEqualTo(Route.FAQ));
    }

    @Test
    void asks_the_llm_as_before_when_no_out_of_scope_intent_is_set() {
        SupportDesk desk = desk(PolicySettings.defaults().withLlmConfigured(true));

        Reply reply = desk.visitorSays(id, WEATHER);

        assertThat(reply.botTurns().get(0).source()).isEqualTo(Source.LLM);
        assertThat(desk.llm.questions()).hasSize(1);
    }

    private static SupportDesk desk(PolicySettings policy) {
        SupportDesk desk = new SupportDesk(policy);
        desk.retriever.matches(CARD_ARRIVAL, 0.7);
        return desk;
    }
}
