package dev.penny.channels.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.core.conversation.AnswerClaims;
import dev.penny.core.conversation.AnswerClaimsContract;
import dev.penny.core.conversation.Turn;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RedisAnswerClaimsIT extends AnswerClaimsContract {

    private static final Duration LEASE = Duration.ofMillis(600);

    private final RedisTestServer redis = RedisTestServer.get();
    private final List<RedisAnswerClaims> holders = new ArrayList<>();

    @BeforeEach
    void emptyDatabase() {
        redis.flush();
    }

    @AfterEach
    void stopHolders() {
        holders.forEach(RedisAnswerClaims::close);
    }

    @Override
    protected AnswerClaims newHolder() {
        RedisAnswerClaims holder = new RedisAnswerClaims(redis.template(), LEASE);
        holders.add(holder);
        return holder;
    }

    @Test
    void a_claim_held_by_one_node_is_refused_to_another_and_not_released_by_it() {
        AnswerClaims first = newHolder();
        AnswerClaims second = newHolder();
        Turn message = visitor("m1");
        first.claimAll(List.of(message));

        second.releaseAll(List.of(message));

        assertThat(second.claimAll(List.of(message))).containsExactly(false);
        first.releaseAll(List.of(message));
        assertThat(second.claimAll(List.of(message))).containsExactly(true);
    }

    @Test
    void a_running_holder_keeps_its_claim_however_long_past_the_lease() {
        AnswerClaims answering = newHolder();
        AnswerClaims other = newHolder();
        Turn message = visitor("m1");
        answering.claimAll(List.of(message));

        Sleep.through(LEASE.multipliedBy(4));

        assertThat(other.claimAll(List.of(message))).containsExactly(false);
    }

    @Test
    void a_closing_holder_hands_back_its_claims() {
        RedisAnswerClaims closing = (RedisAnswerClaims) newHolder();
        AnswerClaims other = newHolder();
        Turn message = visitor("m1");
        closing.claimAll(List.of(message));

        closing.close();

        assertThat(other.claimAll(List.of(message))).containsExactly(true);
    }

    /** A node killed outright releases nothing and stops renewing: what it left is its claim's last lease. */
    @Test
    void a_claim_left_by_a_killed_node_expires_a_lease_later() {
        AnswerClaims other = newHolder();
        Turn message = visitor("m1");
        redis.template()
                .opsForValue()
                .set(RedisKeys.answerClaim(message.conversationId(), message.id()), "killed-node", LEASE);

        assertThat(other.claimAll(List.of(message))).containsExactly(false);
        Sleep.through(LEASE.multipliedBy(2));

        assertThat(other.claimAll(List.of(message))).containsExactly(true);
    }

    @Test
    void a_claim_expires_with_a_ttl() {
        Turn message = visitor("m1");
        newHolder().claimAll(List.of(message));

        Long ttl = redis.template().getExpire(RedisKeys.answerClaim(message.conversationId(), message.id()));
        assertThat(ttl).isBetween(0L, 1L);
    }
}
