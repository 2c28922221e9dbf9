package dev.penny.channels.redis;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.desk.VisitorIdentities;
import dev.penny.core.desk.VisitorIdentity;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each conversation's visitor identity, one JSON string beside its turns, expiring with them. Whether a kept identity
 * was verified is its own first character, so the script that refuses to replace a verified one with an unverified
 * one reads no JSON. The schema is in {@link RedisKeys}.
 */
final class RedisVisitorIdentities implements VisitorIdentities {

    // KEYS: identity. ARGV: value (starting V or U), ttl ms.
    private static final RedisScript<Long> REMEMBER = new DefaultRedisScript<>("""
            local old = redis.call('GET', KEYS[1])
            if old and string.sub(old, 1, 1) == 'V' and string.sub(ARGV[1], 1, 1) == 'U' then return 0 end
            redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
            return 1
            """, Long.class);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    record StoredIdentity(String userId, Map<String, String> attributes) {}

    private final StringRedisTemplate redis;
    private final Duration ttl;

    RedisVisitorIdentities(StringRedisTemplate redis, Duration ttl) {
        this.redis = redis;
        this.ttl = ttl;
    }

    @Override
    public boolean remember(ConversationId id, VisitorIdentity identity) {
        String value = (identity.verified() ? "V" : "U")
                + JSON.writeValueAsString(new StoredIdentity(identity.userId(), identity.attributes()));
        Long kept = redis.execute(REMEMBER, List.of(RedisKeys.identity(id)), value, Long.toString(ttl.toMillis()));
        return Long.valueOf(1).equals(kept);
    }

    @Override
    public Optional<VisitorIdentity> of(ConversationId id) {
        String value = redis.opsForValue().get(RedisKeys.identity(id));
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        StoredIdentity stored = JSON.readValue(value.substring(1), StoredIdentity.class);
        return Optional.of(new VisitorIdentity(stored.userId(), stored.attributes(), value.charAt(0) == 'V'));
    }

    @Override
    public void erase(ConversationId id) {
        redis.delete(RedisKeys.identity(id));
    }
}
