package dev.penny.channels.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.ResumeToken;
import dev.penny.core.conversation.ResumeTokens;
import dev.penny.core.conversation.ResumeTokensContract;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RedisResumeTokensIT extends ResumeTokensContract {

    private final RedisTestServer redis = RedisTestServer.get();

    @Override
    protected ResumeTokens newTokens(Clock clock, Duration timeToLive) {
        redis.flush();
        return new RedisResumeTokens(redis.template(), timeToLive);
    }

    @Override
    protected void letTimePass(Duration duration) {
        super.letTimePass(duration);
        Sleep.through(duration);
    }

    @Test
    void redis_keeps_the_hash_of_the_secret_with_a_ttl_never_the_secret() {
        ResumeTokens tokens = newTokens(clock, Duration.ofMinutes(5));
        ResumeToken token = tokens.issue(ConversationId.random());

        String key = "penny:conversation:{" + token.conversationId().value() + "}:resume";
        assertThat(redis.template().opsForValue().get(key)).isEqualTo(token.secretHash());
        assertThat(redis.template().getExpire(key)).isPositive();
    }
}
