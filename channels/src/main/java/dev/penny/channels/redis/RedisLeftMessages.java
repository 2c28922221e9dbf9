package dev.penny.channels.redis;

import dev.penny.core.handoff.LeftMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
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

    /** Forgets those past their retention, then reads the rest: a message is gone on time even with no new ones. */
    List<LeftMessage> all() {
        String key = RedisKeys.leftMessages();
        redis.opsForZSet().removeRangeByScore(key, Double.NEGATIVE_INFINITY, lastForgotten());
        Set<String> kept = redis.opsForZSet().range(key, 0, -1);
        return kept == null
                ? List.of()
                : kept.stream()
                        .map(json::readLeftMessage)
                        .sorted(Comparator.comparing(LeftMessage::at))
                        .toList();
    }

    /**
     * Forgets the messages {@code erased} picks: reads them all, then removes exactly the members picked, so a message
     * left meanwhile is untouched. Erasing is rare; the set holds at most the retention's worth of messages.
     *
     * @return the messages forgotten, oldest first
     */
    List<LeftMessage> removeIf(Predicate<LeftMessage> erased) {
        String key = RedisKeys.leftMessages();
        Set<String> all = redis.opsForZSet().range(key, 0, -1);
        if (all == null || all.isEmpty()) {
            return List.of();
        }
        List<String> members = new ArrayList<>();
        List<LeftMessage> removed = new ArrayList<>();
        for (String member : all) {
            LeftMessage message = json.readLeftMessage(member);
            if (erased.test(message)) {
                members.add(member);
                removed.add(message);
            }
        }
        if (!members.isEmpty()) {
            redis.opsForZSet().remove(key, members.toArray());
        }
        removed.sort(Comparator.comparing(LeftMessage::at));
        return List.copyOf(removed);
    }

    // A message is forgotten once its retention has passed: left at or before now minus the retention.
    private double lastForgotten() {
        Instant now = clock.instant();
        return now.minus(retention).toEpochMilli();
    }
}
