package dev.penny.channels.redis;

import dev.penny.core.desk.CannedResponse;
import dev.penny.core.desk.CannedResponses;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;

/** Canned responses, one hash per locale, shortcut to text. The schema is in {@link RedisKeys}. */
final class RedisCannedResponses implements CannedResponses {

    // KEYS: canned. ARGV: shortcut, text, max per locale. 1 created, 0 replaced, -1 full.
    private static final RedisScript<Long> SAVE = new DefaultRedisScript<>("""
            if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 1 then
              redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
              return 0
            end
            if redis.call('HLEN', KEYS[1]) >= tonumber(ARGV[3]) then return -1 end
            redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
            return 1
            """, Long.class);

    private final StringRedisTemplate redis;

    RedisCannedResponses(StringRedisTemplate redis) {
        this.redis = redis;
    }

    @Override
    public boolean save(CannedResponse response) {
        Long saved = redis.execute(
                SAVE,
                List.of(RedisKeys.cannedResponses(response.locale())),
                response.shortcut(),
                response.text(),
                Integer.toString(MAX_PER_LOCALE));
        if (saved != null && saved < 0) {
            throw new IllegalStateException("at most " + MAX_PER_LOCALE + " canned responses per locale");
        }
        return Long.valueOf(1).equals(saved);
    }

    @Override
    public List<CannedResponse> of(String locale) {
        Map<String, String> all = redis.<String, String>opsForHash().entries(RedisKeys.cannedResponses(locale));
        return all.entrySet().stream()
                .map(e -> new CannedResponse(locale, e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(CannedResponse::shortcut))
                .toList();
    }

    @Override
    public Optional<CannedResponse> find(String locale, String shortcut) {
        Object text = redis.opsForHash().get(RedisKeys.cannedResponses(locale), shortcut);
        return text == null ? Optional.empty() : Optional.of(new CannedResponse(locale, shortcut, text.toString()));
    }

    @Override
    public boolean delete(String locale, String shortcut) {
        Long removed = redis.opsForHash().delete(RedisKeys.cannedResponses(locale), shortcut);
        return removed != null && removed > 0;
    }
}
