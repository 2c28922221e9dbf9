package dev.penny.channels.redis;

import dev.penny.core.handoff.LeftMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Messages visitors left, as JSON in one sorted set scored by when they were left, so that reading them oldest first
 * and forgetting those past their retention are both ranges by score.
 */
final class RedisLeftMessages {

    private final StringRedisTemplate redis;
    private final Clock clock;
    private final Duration retention;
    private final RedisJson json = new RedisJson();

    RedisLeftMessages(StringRedisTemplate redis, Clock clock, Duration retention) {
        this.redis = redis;
        this.clock = clock;
        this.retention = retention;
    }

    void add(LeftMessage message) {
        String key = RedisKeys.leftMessages();
        redis.opsForZSet().add(key, json.write(message), message.at().toEpochMilli());
        redis.opsForZSet().removeRangeByScore(key, Double.NEGATIVE_INFINITY, lastForgotten());
        redis.expire(key, retention);
    }

    List<LeftMessage> all() {
        Set<String> kept = redis.opsForZSet()
                .rangeByScore(RedisKeys.leftMessages(), lastForgotten() + 1.0, Double.POSITIVE_INFINITY);
        return kept == null
                ? List.of()
                : kept.stream()
                        .map(json::readLeftMessage)
                        .sorted(Comparator.comparing(LeftMessage::at))
                        .toList();
    }

    // A message is forgotten once its retention has passed: left at or before now minus the retention.
    private double lastForgotten() {
        Instant now = clock.instant();
        return now.minus(retention).toEpochMilli();
    }
}
