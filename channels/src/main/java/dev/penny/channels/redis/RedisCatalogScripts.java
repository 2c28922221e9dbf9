package dev.penny.channels.redis;

import java.util.List;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * The catalog's writes, each one Lua script so it is checked and applied atomically on every node's behalf. Edit
 * scripts answer {@code {status, stored json}}: 1 when applied (with what was written), 0 for a conflict (with the
 * intent as it is, or nothing when it is gone), 2 for a create or rename onto an id the draft has (with that intent).
 * A draft intent is stored as {@code {"order":k,"revision":r,"intent":…}}, the intent's JSON spliced in as the caller
 * wrote it, so Lua never re-encodes it (cjson would turn empty lists into objects).
 */
final class RedisCatalogScripts {

    // KEYS: draft, draft-order. ARGV: id, intent json.
    @SuppressWarnings("rawtypes")
    static final RedisScript<List> CREATE = new DefaultRedisScript<>("""
            local taken = redis.call('HGET', KEYS[1], ARGV[1])
            if taken then return {2, taken} end
            local order = redis.call('INCR', KEYS[2])
            local stored = '{"order":' .. order .. ',"revision":1,"intent":' .. ARGV[2] .. '}'
            redis.call('HSET', KEYS[1], ARGV[1], stored)
            return {1, stored}
            """, List.class);

    // KEYS: draft. ARGV: id, new id, intent json, expected revision. A renamed intent keeps its order and revisions.
    @SuppressWarnings("rawtypes")
    static final RedisScript<List> UPDATE = new DefaultRedisScript<>("""
            local current = redis.call('HGET', KEYS[1], ARGV[1])
            if not current then return {0} end
            local held = cjson.decode(current)
            if held.revision ~= tonumber(ARGV[4]) then return {0, current} end
            if ARGV[2] ~= ARGV[1] then
              local taken = redis.call('HGET', KEYS[1], ARGV[2])
              if taken then return {2, taken} end
              redis.call('HDEL', KEYS[1], ARGV[1])
            end
            local stored = string.format('{"order":%d,"revision":%d,"intent":', held.order, held.revision + 1)
                .. ARGV[3] .. '}'
            redis.call('HSET', KEYS[1], ARGV[2], stored)
            return {1, stored}
            """, List.class);

    // KEYS: draft. ARGV: id, expected revision.
    @SuppressWarnings("rawtypes")
    static final RedisScript<List> DELETE = new DefaultRedisScript<>("""
            local current = redis.call('HGET', KEYS[1], ARGV[1])
            if not current then return {0} end
            if cjson.decode(current).revision ~= tonumber(ARGV[2]) then return {0, current} end
            redis.call('HDEL', KEYS[1], ARGV[1])
            return {1}
            """, List.class);

    // KEYS: draft, draft-order, draft-articles, draft-article-chars. ARGV: n, "1" to replace the articles or "0" to
    // keep them, then n pairs of id, intent json, then triples of article id, article json, the article's characters.
    // An intent that was in the draft goes on from its
    // revision, so an edit made on the old draft is refused rather than applied to the replacement.
    static final RedisScript<Long> REPLACE = new DefaultRedisScript<>("""
            local before = {}
            local fields = redis.call('HGETALL', KEYS[1])
            for i = 1, #fields, 2 do before[fields[i]] = cjson.decode(fields[i + 1]).revision end
            redis.call('DEL', KEYS[1])
            local intents = tonumber(ARGV[1])
            local count = 0
            for i = 3, 2 + 2 * intents, 2 do
              count = count + 1
              local revision = (before[ARGV[i]] or 0) + 1
              redis.call('HSET', KEYS[1], ARGV[i],
                  string.format('{"order":%d,"revision":%d,"intent":', count, revision) .. ARGV[i + 1] .. '}')
            end
            redis.call('SET', KEYS[2], count)
            if ARGV[2] == '1' then
              redis.call('DEL', KEYS[3], KEYS[4])
              for i = 3 + 2 * intents, #ARGV, 3 do
                redis.call('HSET', KEYS[3], ARGV[i], ARGV[i + 1])
                redis.call('HSET', KEYS[4], ARGV[i], ARGV[i + 2])
              end
            end
            return count
            """, Long.class);

    // KEYS: draft-articles, draft-article-chars. ARGV: id, article json, replace (1 or 0), most articles, the article's
    // characters, most characters of all the draft's articles. Answers {1} when added, {2} when replaced, {0} when the
    // id is taken and not to be replaced, {-1} when the draft is full, {-2, characters after the put} when the text
    // would pass its limit. An article without a count in draft-article-chars (stored before counts were kept) counts
    // its stored JSON's length, never less than its text's.
    static final RedisScript<List> PUT_ARTICLE = new DefaultRedisScript<>("""
            local held = redis.call('HEXISTS', KEYS[1], ARGV[1]) == 1
            if held and ARGV[3] ~= '1' then return {0} end
            if not held and redis.call('HLEN', KEYS[1]) >= tonumber(ARGV[4]) then return {-1} end
            local total = tonumber(ARGV[5])
            for _, id in ipairs(redis.call('HKEYS', KEYS[1])) do
              if id ~= ARGV[1] then
                total = total + tonumber(redis.call('HGET', KEYS[2], id) or redis.call('HSTRLEN', KEYS[1], id))
              end
            end
            if total > tonumber(ARGV[6]) then return {-2, total} end
            redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
            redis.call('HSET', KEYS[2], ARGV[1], ARGV[5])
            if held then return {2} end
            return {1}
            """, List.class);

    // KEYS: draft-articles, draft-article-chars. ARGV: id. Answers 1 when the draft had the article.
    static final RedisScript<Long> REMOVE_ARTICLE = new DefaultRedisScript<>("""
            redis.call('HDEL', KEYS[2], ARGV[1])
            return redis.call('HDEL', KEYS[1], ARGV[1])
            """, Long.class);

    // KEYS: live, versions. ARGV: expected live, new number, version json. Answers -1 when published, else the live
    // number that won.
    static final RedisScript<Long> PUBLISH = new DefaultRedisScript<>("""
            local live = tonumber(redis.call('GET', KEYS[1]) or '0')
            if live ~= tonumber(ARGV[1]) then return live end
            redis.call('HSET', KEYS[2], ARGV[2], ARGV[3])
            redis.call('HSET', KEYS[3], ARGV[2], ARGV[4])
            redis.call('SET', KEYS[1], ARGV[2])
            return -1
            """, Long.class);

    private RedisCatalogScripts() {}
}
