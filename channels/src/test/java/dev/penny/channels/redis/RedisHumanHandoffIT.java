package dev.penny.channels.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.handoff.HandoffExpiry;
import dev.penny.core.handoff.HumanHandoff;
import dev.penny.core.handoff.HumanHandoffContract;
import dev.penny.core.handoff.LeftMessage;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RedisHumanHandoffIT extends HumanHandoffContract {

    private final RedisTestServer redis = RedisTestServer.get();

    @Override
    protected HumanHandoff newHandoff(Clock clock, HandoffExpiry expiry) {
        redis.flush();
        return new RedisHumanHandoff(redis.template(), clock, expiry);
    }

    @Override
    protected void letTimePass(Duration duration) {
        super.letTimePass(duration);
        Sleep.through(duration);
    }

    @Test
    void reading_left_messages_removes_those_past_their_retention_from_redis() {
        HumanHandoff handoff =
                newHandoff(clock, new HandoffExpiry(Duration.ofHours(1), Duration.ofHours(1), Duration.ofDays(30)));
        handoff.leaveMessage(new LeftMessage(ConversationId.random(), "ana@example.com", "Old", clock.instant()));
        clock.advance(Duration.ofDays(30));

        assertThat(handoff.leftMessages()).isEmpty();
        assertThat(redis.template().opsForZSet().zCard(RedisKeys.leftMessages()))
                .isZero();
    }
}
