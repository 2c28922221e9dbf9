package dev.penny.channels.redis;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.ResumeToken;
import dev.penny.core.conversation.ResumeTokens;
import java.time.Duration;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Resume tokens' hashes in Redis, one key per conversation; the schema is in {@link RedisKeys}. */
final class RedisResumeTokens implements ResumeTokens {

    private final StringRedisTemplate redis;
    private final Duration ttl;

    RedisResumeTokens(StringRedisTemplate redis, Duration ttl) {
        this.redis = redis;
        this.ttl = ttl;
    }

    @Override
    public ResumeToken issue(ConversationId conversationId) {
        ResumeToken token = ResumeToken.issue(conversationId);
        redis.opsForValue().set(RedisKeys.resume(conversationId), token.secretHash(), ttl);
        return token;
    }

    @Override
    public boolean matches(ResumeToken token) {
        String key = RedisKeys.resume(token.conversationId());
        if (!token.hashes(redis.opsForValue().get(key))) {
            return false;
        }
        redis.expire(key, ttl);
        return true;
    }

    /** One {@code EXPIRE}, which does nothing to a key that has expired or was never set. */
    @Override
    public void keepAlive(ConversationId conversationId) {
        redis.expire(RedisKeys.resume(conversationId), ttl);
    }

    @Override
    public void erase(ConversationId conversationId) {
        redis.delete(RedisKeys.resume(conversationId));
    }
}
