package dev.penny.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.penny.core.policy.Decision;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TurnTest {

    private final ConversationId id = ConversationId.random();
    private final Instant at = Instant.parse("2025-03-14T09:00:00Z");

    @Test
    void a_bot_turn_must_say_why() {
        assertThatThrownBy(() -> new Turn(MessageId.random(), id, Author.BOT, Source.FAQ, "hi", List.of(), at, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void only_bot_turns_carry_a_decision() {
        Decision decision = Decision.human("visitor asked for a person", List.of());

        assertThatThrownBy(() ->
                        new Turn(MessageId.random(), id, Author.AGENT, Source.AGENT, "hi", List.of(), at, decision))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void visitor_turns_have_no_source_and_agent_turns_the_agent_source() {
        assertThat(Turn.visitor(MessageId.random(), id, "hi", at).source()).isNull();
        assertThat(Turn.agent(MessageId.random(), id, "hi", at).source()).isEqualTo(Source.AGENT);
        assertThatThrownBy(
                        () -> new Turn(MessageId.random(), id, Author.VISITOR, Source.FAQ, "hi", List.of(), at, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Turn(MessageId.random(), id, Author.AGENT, Source.LLM, "hi", List.of(), at, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void closed_conversations_reopen_with_the_bot_but_handed_off_ones_stay_quiet() {
        assertThat(ConversationState.BOT.botAnswers()).isTrue();
        assertThat(ConversationState.CLOSED.botAnswers()).isTrue();
        assertThat(ConversationState.WAITING_FOR_AGENT.botAnswers()).isFalse();
        assertThat(ConversationState.WITH_AGENT.botAnswers()).isFalse();
    }
}
