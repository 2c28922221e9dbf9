package dev.penny.channels.redis;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.ConversationState;
import dev.penny.core.conversation.ConversationStore;
import dev.penny.core.conversation.MessageId;
import dev.penny.core.conversation.Turn;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;
import redis.clients.jedis.Response;

/**
 * Conversations in Redis: each turn is one {@code RPUSH} of its JSON, never a rewrite of the transcript. The schema is
 * in {@link RedisKeys}.
 */
final class RedisConversationStore implements ConversationStore {

    // KEYS: turns, turn-index, state. ARGV: message id, turn JSON, ttl in ms.
    private static final RedisScript<Long> APPEND = new DefaultRedisScript<>("""
            if redis.call('HEXISTS', KEYS[2], ARGV[1]) == 1 then return 0 end
            local position = redis.call('RPUSH', KEYS[1], ARGV[2]) - 1
            redis.call('HSET', KEYS[2], ARGV[1], position)
            for _, key in ipairs(KEYS) do redis.call('PEXPIRE', key, ARGV[3]) end
            return 1
            """, Long.class);

    // KEYS: turns, turn-index, state. ARGV: state, ttl in ms.
    private static final RedisScript<Long> SET_STATE = new DefaultRedisScript<>("""
            redis.call('SET', KEYS[3], ARGV[1], 'PX', ARGV[2])
            redis.call('PEXPIRE', KEYS[1], ARGV[2])
            redis.call('PEXPIRE', KEYS[2], ARGV[2])
            return 1
            """, Long.class);

    private final StringRedisTemplate redis;
    private final RedisJson json = new RedisJson();
    private final String timeToLiveMillis;
    private final Duration timeToLive;

    /**
     * @param timeToLive how long a conversation is kept after its last write
     */
    RedisConversationStore(StringRedisTemplate redis, Duration timeToLive) {
        this.redis = Objects.requireNonNull(redis, "redis");
        if (timeToLive.toMillis() <= 0) {
            throw new IllegalArgumentException("timeToLive must be at least a millisecond");
        }
        this.timeToLiveMillis = Long.toString(timeToLive.toMillis());
        this.timeToLive = timeToLive;
    }

    /** How long a conversation is kept after its last write; a handoff that marks its state keeps it as long. */
    Duration timeToLive() {
        return timeToLive;
    }

    @Override
    public boolean append(Turn turn) {
        Long appended = redis.execute(
                APPEND, keys(turn.conversationId()), turn.id().value(), json.write(turn), timeToLiveMillis);
        return Long.valueOf(1).equals(appended);
    }

    /** One pipeline of the append script, one call per turn, so a batch costs one round trip. */
    @Override
    public List<Boolean> appendAll(List<Turn> turns) {
        if (turns.isEmpty()) {
            return List.of();
        }
        String script = APPEND.getScriptAsString();
        return RedisPipelines.run(redis, pipeline -> {
            List<Response<Object>> appended = turns.stream()
                    .map(turn -> pipeline.eval(
                            script,
                            keys(turn.conversationId()),
                            List.of(turn.id().value(), json.write(turn), timeToLiveMillis)))
                    .toList();
            return () ->
                    appended.stream().map(r -> Long.valueOf(1).equals(r.get())).toList();
        });
    }

    @Override
    public List<Turn> transcript(ConversationId id) {
        return range(id, 0);
    }

    @Override
    public List<Turn> turnsAfter(ConversationId id, MessageId lastSeen) {
        Object position = redis.opsForHash().get(RedisKeys.turnIndex(id), lastSeen.value());
        return range(id, position == null ? 0 : Long.parseLong(position.toString()) + 1);
    }

    @Override
    public int turnCount(ConversationId id) {
        Long length = redis.opsForList().size(RedisKeys.turns(id));
        return length == null ? 0 : length.intValue();
    }

    @Override
    public List<Turn> recentTurns(ConversationId id, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
        // LRANGE -0 -1 would be the whole list, not none of it.
        return count == 0 ? List.of() : range(id, -count);
    }

    /** One pipeline of {@code LRANGE}s: the engine reads every conversation of a batch this way. */
    @Override
    public List<List<Turn>> recentTurnsOfEach(List<ConversationId> ids, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
        if (ids.isEmpty() || count == 0) {
            return ids.stream().map(id -> List.<Turn>of()).toList();
        }
        return RedisPipelines.run(redis, pipeline -> {
            List<Response<List<String>>> ranges = ids.stream()
                    .map(id -> pipeline.lrange(RedisKeys.turns(id), -count, -1))
                    .toList();
            return () -> ranges.stream().map(r -> turns(r.get())).toList();
        });
    }

    @Override
    public Optional<ConversationState> state(ConversationId id) {
        return Optional.ofNullable(redis.opsForValue().get(RedisKeys.state(id))).map(ConversationState::valueOf);
    }

    @Override
    public List<Optional<ConversationState>> states(List<ConversationId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        // One GET per conversation in one pipeline, not an MGET: the keys live in as many Cluster slots as there are
        // conversations, and MGET must name keys of one slot.
        return RedisPipelines.run(redis, pipeline -> {
            List<Response<String>> stored =
                    ids.stream().map(id -> pipeline.get(RedisKeys.state(id))).toList();
            return () -> stored.stream()
                    .map(state -> Optional.ofNullable(state.get()).map(ConversationState::valueOf))
                    .toList();
        });
    }

    @Override
    public void setState(ConversationId id, ConversationState state) {
        redis.execute(SET_STATE, keys(id), state.name(), timeToLiveMillis);
    }

    /** One DEL of the conversation's keys, which share its slot. */
    @Override
    public boolean erase(ConversationId id) {
        Long deleted = redis.delete(keys(id));
        return deleted != null && deleted > 0;
    }

    private List<Turn> range(ConversationId id, long from) {
        List<String> stored = redis.opsForList().range(RedisKeys.turns(id), from, -1);
        return stored == null ? List.of() : stored.stream().map(json::readTurn).toList();
    }

    private List<Turn> turns(List<String> stored) {
        return stored == null ? List.of() : stored.stream().map(json::readTurn).toList();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> keys(ConversationId id) {
        return List.of(RedisKeys.turns(id), RedisKeys.turnIndex(id), RedisKeys.state(id));
    }
}
