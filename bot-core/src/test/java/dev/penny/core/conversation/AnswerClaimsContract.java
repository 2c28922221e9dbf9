package dev.penny.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AnswerClaims} must do. Extend it once per implementation; {@link #newHolder()} returns a holder of
 * claims (a node) with none claimed.
 */
public abstract class AnswerClaimsContract {

    /** A new holder of claims, with none claimed. */
    protected abstract AnswerClaims newHolder();

    private final ConversationId id = ConversationId.random();

    @Test
    void a_message_is_claimed_once_until_released() {
        AnswerClaims claims = newHolder();
        Turn message = visitor("m1");

        assertThat(claims.claimAll(List.of(message))).containsExactly(true);
        assertThat(claims.claimAll(List.of(message))).containsExactly(false);

        claims.releaseAll(List.of(message));
        assertThat(claims.claimAll(List.of(message))).containsExactly(true);
    }

    @Test
    void claims_each_message_of_a_batch_on_its_own() {
        AnswerClaims claims = newHolder();
        claims.claimAll(List.of(visitor("m2")));

        assertThat(claims.claimAll(List.of(visitor("m1"), visitor("m2"), visitor("m3"))))
                .containsExactly(true, false, true);
        assertThat(claims.claimAll(List.of())).isEmpty();
    }

    @Test
    void the_same_message_id_in_another_conversation_is_another_message() {
        AnswerClaims claims = newHolder();
        claims.claimAll(List.of(visitor("m1")));

        Turn elsewhere = Turn.visitor(new MessageId("m1"), ConversationId.random(), "hello", Instant.EPOCH);
        assertThat(claims.claimAll(List.of(elsewhere))).containsExactly(true);
    }

    protected Turn visitor(String messageId) {
        return Turn.visitor(new MessageId(messageId), id, "where is my card?", Instant.EPOCH);
    }
}
