package dev.penny.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.ConversationState;
import dev.penny.core.handoff.AgentId;
import dev.penny.core.handoff.WaitingConversation;
import dev.penny.core.policy.PolicySettings;
import org.junit.jupiter.api.Test;

class HandoffQueueCapTest {

    private static final String ASK_FOR_PERSON = "I want to talk to a real person";

    private final SupportDesk desk = new SupportDesk(PolicySettings.defaults().withLlmConfigured(true), 2);

    @Test
    void a_visitor_beyond_the_cap_is_invited_to_leave_a_message_and_stays_with_the_bot() {
        desk.agentOnline(new AgentId("sam"));
        ConversationId first = ConversationId.random();
        ConversationId second = ConversationId.random();
        ConversationId third = ConversationId.random();
        desk.visitorSays(first, ASK_FOR_PERSON);
        desk.visitorSays(second, ASK_FOR_PERSON);

        Reply reply = desk.visitorSays(third, ASK_FOR_PERSON);

        assertThat(reply.botTurns())
                .singleElement()
                .satisfies(turn ->
                        assertThat(turn.text()).isEqualTo(BotPhrases.english().queueFull()));
        assertThat(reply.inviteToLeaveMessage()).isTrue();
        assertThat(reply.state()).isEqualTo(ConversationState.BOT);
        assertThat(reply.forwardToAgent()).isFalse();
        assertThat(desk.store.state(third)).isNotEqualTo(java.util.Optional.of(ConversationState.WAITING_FOR_AGENT));
        assertThat(desk.handoff.queue())
                .extracting(WaitingConversation::conversationId)
                .containsExactly(first, second);
    }

    @Test
    void a_place_freed_by_a_claim_takes_the_next_visitor() {
        AgentId sam = new AgentId("sam");
        desk.agentOnline(sam);
        ConversationId first = ConversationId.random();
        desk.visitorSays(first, ASK_FOR_PERSON);
        desk.visitorSays(ConversationId.random(), ASK_FOR_PERSON);
        desk.agents.claim(first, sam);
        ConversationId next = ConversationId.random();

        Reply reply = desk.visitorSays(next, ASK_FOR_PERSON);

        assertThat(reply.state()).isEqualTo(ConversationState.WAITING_FOR_AGENT);
        assertThat(reply.botTurns().get(0).text())
                .isEqualTo(BotPhrases.english().connecting());
    }
}
