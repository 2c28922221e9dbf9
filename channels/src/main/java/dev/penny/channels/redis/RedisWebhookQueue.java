package dev.penny.channels.redis;

import dev.penny.channels.webhooks.WebhookQueue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.Limit;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.connection.stream.RecordId;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * {@link WebhookQueue} in a Redis stream, so undelivered events survive a restart and, with a lease, exactly one node
 * delivers at a time, in stream order. The commands are in {@link RedisKeys}.
 */
public final class RedisWebhookQueue implements WebhookQueue {

    static final Duration LEASE = Duration.ofSeconds(10);
    private static final int ERASE_PAGE = 1_000;

    private static final RedisScript<Long> ADD_ALL = new DefaultRedisScript<>("""
            for i = 2, #ARGV do
              redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[1], '*', 'e', ARGV[i])
            end
            return #ARGV - 1
            """, Long.class);

    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> NEXT = new DefaultRedisScript<>("""
            local cursor = redis.call('GET', KEYS[2]) or '0-0'
            local out = {}
            for _, entry in ipairs(redis.call('XRANGE', KEYS[1], '(' .. cursor, '+', 'COUNT', ARGV[1])) do
              out[#out + 1] = entry[1]
              out[#out + 1] = entry[2][2]
            end
            return out
            """, List.class);

    private static final RedisScript<Long> DELIVERED = new DefaultRedisScript<>("""
            redis.call('SET', KEYS[2], ARGV[1])
            return redis.call('XTRIM', KEYS[1], 'MINID', ARGV[1])
            """, Long.class);

    private static final RedisScript<Long> LEASE_SCRIPT = new DefaultRedisScript<>("""
            local holder = redis.call('GET', KEYS[1])
            if holder == ARGV[1] then
              redis.call('PEXPIRE', KEYS[1], ARGV[2])
              return 1
            elseif not holder then
              redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
              return 1
            end
            return 0
            """, Long.class);

    private static final RedisScript<Long> RELEASE = new DefaultRedisScript<>("""
            if redis.call('GET', KEYS[1]) == ARGV[1] then
              return redis.call('DEL', KEYS[1])
            end
            return 0
            """, Long.class);

    private final StringRedisTemplate redis;
    private final int maxBacklog;
    private final String node = UUID.randomUUID().toString();

    public RedisWebhookQueue(StringRedisTemplate redis, int maxBacklog) {
        this.redis = redis;
        this.maxBacklog = maxBacklog;
    }

    @Override
    public void addAll(List<String> bodies) {
        List<String> args = new ArrayList<>(bodies.size() + 1);
        args.add(Integer.toString(maxBacklog));
        args.addAll(bodies);
        redis.execute(ADD_ALL, List.of(RedisKeys.webhookEvents()), args.toArray());
    }

    @Override
    public List<Entry> next(int max) {
        List<?> flat = redis.execute(
                NEXT, List.of(RedisKeys.webhookEvents(), RedisKeys.webhookCursor()), Integer.toString(max));
        List<Entry> entries = new ArrayList<>(flat.size() / 2);
        for (int i = 0; i + 1 < flat.size(); i += 2) {
            entries.add(new Entry((String) flat.get(i), (String) flat.get(i + 1)));
        }
        return entries;
    }

    @Override
    public void delivered(Entry entry) {
        redis.execute(DELIVERED, List.of(RedisKeys.webhookEvents(), RedisKeys.webhookCursor()), entry.position());
    }

    /**
     * Reads the undelivered part of the stream in pages and deletes the entries about the conversation: paged from here
     * rather than in one script, since the backlog may be long and a script would hold Redis for all of it.
     */
    @Override
    public int erase(String conversationId) {
        String cursor = redis.opsForValue().get(RedisKeys.webhookCursor());
        String after = cursor == null ? "0-0" : cursor;
        int erased = 0;
        while (true) {
            List<MapRecord<String, Object, Object>> page = redis.opsForStream()
                    .range(
                            RedisKeys.webhookEvents(),
                            Range.rightUnbounded(Range.Bound.exclusive(after)),
                            Limit.limit().count(ERASE_PAGE));
            if (page == null || page.isEmpty()) {
                return erased;
            }
            RecordId[] about = page.stream()
                    .filter(r ->
                            WebhookQueue.isAbout(String.valueOf(r.getValue().get("e")), conversationId))
                    .map(MapRecord::getId)
                    .toArray(RecordId[]::new);
            if (about.length > 0) {
                Long deleted = redis.opsForStream().delete(RedisKeys.webhookEvents(), about);
                erased += deleted == null ? 0 : deleted.intValue();
            }
            after = page.get(page.size() - 1).getId().getValue();
        }
    }

    @Override
    public boolean mayDeliver() {
        Long held =
                redis.execute(LEASE_SCRIPT, List.of(RedisKeys.webhookLease()), node, Long.toString(LEASE.toMillis()));
        return held != null && held == 1;
    }

    @Override
    public void release() {
        redis.execute(RELEASE, List.of(RedisKeys.webhookLease()), node);
    }
}
