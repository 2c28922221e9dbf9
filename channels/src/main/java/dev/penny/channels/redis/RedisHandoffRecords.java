package dev.penny.channels.redis;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.ConversationState;
import dev.penny.core.handoff.AgentId;
import dev.penny.core.handoff.Claim;
import dev.penny.core.handoff.WaitingConversation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;
import redis.clients.jedis.Response;

/**
 * Each conversation's handoff hash, the truth about whether it waits or who holds it. It changes only through Lua
 * scripts on that one key, so every change is atomic across nodes and legal on Redis Cluster.
 */
final class RedisHandoffRecords {

    // KEYS: handoff. ARGV: summary, waiting since, ttl in ms.
    private static final RedisScript<Long> ENQUEUE = new DefaultRedisScript<>("""
            if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
            redis.call('HSET', KEYS[1], 'summary', ARGV[1], 'waiting_since', ARGV[2])
            redis.call('PEXPIRE', KEYS[1], ARGV[3])
            return 1
            """, Long.class);

    // KEYS: handoff, state, turns, turn-index (one slot). ARGV: summary, waiting since, handoff ttl ms, state,
    // conversation ttl ms. The record and the conversation's state change together: 1 queued, 0 waiting, 2 held.
    private static final RedisScript<Long> HAND_OFF = new DefaultRedisScript<>("""
            if redis.call('EXISTS', KEYS[1]) == 1 then
              if redis.call('HEXISTS', KEYS[1], 'agent') == 1 then return 2 end
              return 0
            end
            redis.call('HSET', KEYS[1], 'summary', ARGV[1], 'waiting_since', ARGV[2])
            redis.call('PEXPIRE', KEYS[1], ARGV[3])
            redis.call('SET', KEYS[2], ARGV[4], 'PX', ARGV[5])
            redis.call('PEXPIRE', KEYS[3], ARGV[5])
            redis.call('PEXPIRE', KEYS[4], ARGV[5])
            return 1
            """, Long.class);

    // KEYS: handoff. ARGV: agent, claimed at, ttl in ms. Only a waiting conversation, one without agent, is claimed.
    private static final RedisScript<Long> CLAIM = new DefaultRedisScript<>("""
            if redis.call('EXISTS', KEYS[1]) == 0 or redis.call('HEXISTS', KEYS[1], 'agent') == 1 then return 0 end
            redis.call('HSET', KEYS[1], 'agent', ARGV[1], 'claimed_at', ARGV[2])
            redis.call('PEXPIRE', KEYS[1], ARGV[3])
            return 1
            """, Long.class);

    // KEYS: handoff. ARGV: from, to, claimed at, ttl in ms. Only the agent holding it gives it away.
    private static final RedisScript<Long> TRANSFER = new DefaultRedisScript<>("""
            if redis.call('HGET', KEYS[1], 'agent') ~= ARGV[1] then return 0 end
            redis.call('HSET', KEYS[1], 'agent', ARGV[2], 'claimed_at', ARGV[3])
            redis.call('PEXPIRE', KEYS[1], ARGV[4])
            return 1
            """, Long.class);

    // KEYS: handoff. Returns the fields it held, as HGETALL does.
    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> RELEASE = new DefaultRedisScript<>("""
            local fields = redis.call('HGETALL', KEYS[1])
            redis.call('DEL', KEYS[1])
            return fields
            """, List.class);

    private final StringRedisTemplate redis;
    private final String timeToLiveMillis;

    RedisHandoffRecords(StringRedisTemplate redis, Duration timeToLive) {
        this.redis = redis;
        this.timeToLiveMillis = Long.toString(timeToLive.toMillis());
    }

    /** True when the conversation was neither waiting nor held, and now waits. */
    boolean enqueue(ConversationId id, String summary, Instant now) {
        return succeeded(redis.execute(ENQUEUE, key(id), summary, now.toString(), timeToLiveMillis));
    }

    /** What {@link #handOff} found. */
    enum HandOff {
        QUEUED,
        WAITING,
        HELD
    }

    /**
     * Creates the waiting record and marks the conversation waiting in its state key, in one script on the
     * conversation's slot, unless a record exists.
     */
    HandOff handOff(ConversationId id, String summary, Instant now, Duration conversationTimeToLive) {
        Long result = redis.execute(
                HAND_OFF,
                List.of(RedisKeys.handoff(id), RedisKeys.state(id), RedisKeys.turns(id), RedisKeys.turnIndex(id)),
                summary,
                now.toString(),
                timeToLiveMillis,
                ConversationState.WAITING_FOR_AGENT.name(),
                Long.toString(conversationTimeToLive.toMillis()));
        return switch (result == null ? 0 : result.intValue()) {
            case 1 -> HandOff.QUEUED;
            case 2 -> HandOff.HELD;
            default -> HandOff.WAITING;
        };
    }

    /** The waiting ones among {@code ids}, in their order, read in one pipeline (one round trip per Redis node). */
    List<WaitingConversation> waitingOfEach(List<ConversationId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return RedisPipelines.run(redis, pipeline -> {
            List<Response<Map<String, String>>> records = ids.stream()
                    .map(id -> pipeline.hgetAll(RedisKeys.handoff(id)))
                    .toList();
            return () -> {
                List<WaitingConversation> waiting = new ArrayList<>();
                for (int i = 0; i < ids.size(); i++) {
                    waiting(ids.get(i), records.get(i).get()).ifPresent(waiting::add);
                }
                return waiting;
            };
        });
    }

    /** True when the conversation was waiting, and now the agent holds it. */
    boolean claim(ConversationId id, AgentId agent, Instant now) {
        return succeeded(redis.execute(CLAIM, key(id), agent.value(), now.toString(), timeToLiveMillis));
    }

    /** True when {@code from} held the conversation, and now {@code to} does. */
    boolean transfer(ConversationId id, AgentId from, AgentId to, Instant now) {
        return succeeded(redis.execute(TRANSFER, key(id), from.value(), to.value(), now.toString(), timeToLiveMillis));
    }

    Optional<WaitingConversation> waiting(ConversationId id) {
        return waiting(id, fields(id));
    }

    static Optional<WaitingConversation> waiting(ConversationId id, Map<String, String> fields) {
        return fields.isEmpty() || fields.containsKey("agent")
                ? Optional.empty()
                : Optional.of(
                        new WaitingConversation(id, fields.get("summary"), Instant.parse(fields.get("waiting_since"))));
    }

    Optional<Claim> claimOf(ConversationId id) {
        return claim(id, fields(id));
    }

    /** Forgets the conversation's handoff, and returns the claim it ended if it was held. */
    Optional<Claim> release(ConversationId id) {
        List<?> held = redis.execute(RELEASE, key(id));
        Map<String, String> fields = new HashMap<>();
        for (int i = 0; held != null && i + 1 < held.size(); i += 2) {
            fields.put(held.get(i).toString(), held.get(i + 1).toString());
        }
        return claim(id, fields);
    }

    private Map<String, String> fields(ConversationId id) {
        return redis.<String, String>opsForHash().entries(RedisKeys.handoff(id));
    }

    private static Optional<Claim> claim(ConversationId id, Map<String, String> fields) {
        String agent = fields.get("agent");
        return agent == null
                ? Optional.empty()
                : Optional.of(new Claim(id, new AgentId(agent), Instant.parse(fields.get("claimed_at"))));
    }

    private static List<String> key(ConversationId id) {
        return List.of(RedisKeys.handoff(id));
    }

    private static boolean succeeded(Long result) {
        return Long.valueOf(1).equals(result);
    }
}
