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
import org.springframework.data.redis.connection.ReturnType;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;

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
        byte[] script = bytes(APPEND.getScriptAsString());
        byte[] ttl = bytes(timeToLiveMillis);
        List<Object> results = redis.executePipelined((RedisCallback<Object>) connection -> {
            for (Turn turn : turns) {
                List<String> keys = keys(turn.conversationId());
                connection
                        .scriptingCommands()
                        .eval(
                                script,
                                ReturnType.INTEGER,
                                keys.size(),
                                bytes(keys.get(0)),
                                bytes(keys.get(1)),
                                bytes(keys.get(2)),
                                bytes(turn.id().value()),
                                bytes(json.write(turn)),
                                ttl);
            }
            return null;
        });
        return results.stream().map(r -> Long.valueOf(1).equals(r)).toList();
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
        List<Object> results = redis.executePipelined((RedisCallback<Object>) connection -> {
            for (ConversationId id : ids) {
                connection.listCommands().lRange(bytes(RedisKeys.turns(id)), -count, -1);
            }
            return null;
        });
        return results.stream().map(this::turns).toList();
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
        List<String> stored =
                redis.opsForValue().multiGet(ids.stream().map(RedisKeys::state).toList());
        if (stored == null) {
            throw new IllegalStateException("MGET returned nothing inside a pipeline or transaction");
        }
        return stored.stream()
                .map(state -> Optional.ofNullable(state).map(ConversationState::valueOf))
                .toList();
    }

    @Override
    public void setState(ConversationId id, ConversationState state) {
        redis.execute(SET_STATE, keys(id), state.name(), timeToLiveMillis);
    }

    private List<Turn> range(ConversationId id, long from) {
        List<String> stored = redis.opsForList().range(RedisKeys.turns(id), from, -1);
        return stored == null ? List.of() : stored.stream().map(json::readTurn).toList();
    }

    // A pipeline hands back each LRANGE's reply deserialised by the template: a list of JSON strings.
    private List<Turn> turns(Object stored) {
        return stored == null
                ? List.of()
                : ((List<?>) stored)
                        .stream().map(turn -> json.readTurn((String) turn)).toList();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> keys(ConversationId id) {
        return List.of(RedisKeys.turns(id), RedisKeys.turnIndex(id), RedisKeys.state(id));
    }
}
