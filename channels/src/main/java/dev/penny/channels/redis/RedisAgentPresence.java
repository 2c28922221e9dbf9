package dev.penny.channels.redis;

import dev.penny.core.handoff.AgentId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Which agents are online: one sorted set of agent ids scored by the instant their last heartbeat runs out. Counting
 * is one {@code ZCOUNT}, where a key per agent with its own TTL would need a {@code SCAN} across the keyspace.
 */
final class RedisAgentPresence {

    private final StringRedisTemplate redis;
    private final Clock clock;
    private final Duration presence;

    RedisAgentPresence(StringRedisTemplate redis, Clock clock, Duration presence) {
        this.redis = redis;
        this.clock = clock;
        this.presence = presence;
    }

    void online(AgentId agent) {
        Instant now = clock.instant();
        String key = RedisKeys.agentsOnline();
        redis.opsForZSet().add(key, agent.value(), now.plus(presence).toEpochMilli());
        redis.opsForZSet().removeRangeByScore(key, Double.NEGATIVE_INFINITY, now.toEpochMilli());
        // Everyone in the set went quiet by the time the newest heartbeat runs out, so the set may go with it.
        redis.expire(key, presence);
    }

    void offline(AgentId agent) {
        redis.opsForZSet().remove(RedisKeys.agentsOnline(), agent.value());
    }

    boolean isOnline(AgentId agent) {
        Double until = redis.opsForZSet().score(RedisKeys.agentsOnline(), agent.value());
        return until != null && until > clock.instant().toEpochMilli();
    }

    int count() {
        // Online while the heartbeat has not run out: until strictly after now, in whole milliseconds.
        Long online = redis.opsForZSet()
                .count(RedisKeys.agentsOnline(), clock.instant().toEpochMilli() + 1.0, Double.POSITIVE_INFINITY);
        return online == null ? 0 : online.intValue();
    }
}
