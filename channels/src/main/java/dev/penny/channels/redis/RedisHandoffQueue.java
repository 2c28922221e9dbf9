package dev.penny.channels.redis;

import dev.penny.core.conversation.ConversationId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;
import redis.clients.jedis.Response;

/**
 * The queue's index, one sorted set of waiting conversation ids scored by when they were queued. The handoff records
 * hold the truth; an entry whose record moved on is skipped by readers and trimmed by age or by the reconciliation.
 */
final class RedisHandoffQueue {

    /** What {@link #reserve} did. */
    enum Reservation {
        ADDED,
        ALREADY_THERE,
        FULL
    }

    /** One page of ids, longest wait first, and how many entries the index holds. */
    record Page(List<ConversationId> ids, int total) {}

    // KEYS: queue. ARGV: id, now ms, oldest score kept, cap, ttl ms. Returns 1 added, 2 already there, 0 full.
    private static final RedisScript<Long> RESERVE = new DefaultRedisScript<>("""
            redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', '(' .. ARGV[3])
            if redis.call('ZSCORE', KEYS[1], ARGV[1]) then return 2 end
            if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[4]) then return 0 end
            redis.call('ZADD', KEYS[1], ARGV[2], ARGV[1])
            redis.call('PEXPIRE', KEYS[1], ARGV[5])
            return 1
            """, Long.class);

    private final StringRedisTemplate redis;
    private final Duration expiry;

    RedisHandoffQueue(StringRedisTemplate redis, Duration expiry) {
        this.redis = redis;
        this.expiry = expiry;
    }

    /** Adds the id unless it is there already or the index holds {@code cap} entries, in one atomic step. */
    Reservation reserve(ConversationId id, Instant now, int cap) {
        Long result = redis.execute(
                RESERVE,
                List.of(RedisKeys.queue()),
                id.value(),
                Long.toString(now.toEpochMilli()),
                Long.toString(now.minus(expiry).toEpochMilli()),
                Integer.toString(cap),
                Long.toString(expiry.toMillis()));
        return switch (result == null ? 0 : result.intValue()) {
            case 1 -> Reservation.ADDED;
            case 2 -> Reservation.ALREADY_THERE;
            default -> Reservation.FULL;
        };
    }

    /** Adds or re-scores the id, trimming entries older than the expiry. */
    void add(ConversationId id, Instant waitingSince, Instant now) {
        redis.opsForZSet().add(RedisKeys.queue(), id.value(), waitingSince.toEpochMilli());
        redis.opsForZSet()
                .removeRangeByScore(
                        RedisKeys.queue(),
                        Double.NEGATIVE_INFINITY,
                        now.minus(expiry).toEpochMilli() - 1);
        redis.expire(RedisKeys.queue(), expiry);
    }

    void remove(ConversationId id) {
        redis.opsForZSet().remove(RedisKeys.queue(), id.value());
    }

    List<ConversationId> all() {
        return page(0, -1).ids();
    }

    /** One round trip: ZCARD and ZRANGE of the one key, pipelined. A {@code limit} below 0 means all. */
    Page page(int offset, int limit) {
        long stop = limit < 0 ? -1 : (long) offset + limit - 1;
        return RedisPipelines.run(redis, pipeline -> {
            Response<Long> total = pipeline.zcard(RedisKeys.queue());
            Response<List<String>> ids = pipeline.zrange(RedisKeys.queue(), offset, stop);
            return () -> new Page(
                    ids.get().stream().map(ConversationId::new).toList(),
                    total.get().intValue());
        });
    }
}
