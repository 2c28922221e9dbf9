package dev.penny.channels.redis;

import dev.penny.core.analytics.AnalyticsCounters;
import dev.penny.core.analytics.CountedBucket;
import dev.penny.core.analytics.Granularity;
import dev.penny.core.conversation.ConversationId;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;
import redis.clients.jedis.Response;

/**
 * Analytics counters in Redis: one hash per hour and per day, fields {@code <catalog version>|<measure>}, added with
 * {@code HINCRBY} and expiring their retention after the bucket's start. The schema is in {@link RedisKeys}.
 */
final class RedisAnalyticsCounters implements AnalyticsCounters {

    private static final String SEPARATOR = "|";

    private static final byte[] INCREMENT = bytes("""
            for i = 2, #ARGV, 2 do redis.call('HINCRBY', KEYS[1], ARGV[i], ARGV[i + 1]) end
            redis.call('PEXPIRE', KEYS[1], ARGV[1])
            return 1
            """);

    private static final RedisScript<Long> MARK = new DefaultRedisScript<>("""
            local added = redis.call('SADD', KEYS[1], ARGV[1])
            redis.call('PEXPIRE', KEYS[1], ARGV[2])
            return added
            """, Long.class);

    private final StringRedisTemplate redis;
    private final Clock clock;
    private final Map<Granularity, Duration> kept;
    private final Duration conversationTtl;

    RedisAnalyticsCounters(
            StringRedisTemplate redis, Clock clock, Duration hoursKept, Duration daysKept, Duration conversationTtl) {
        this.redis = redis;
        this.clock = clock;
        this.kept = Map.of(Granularity.HOUR, hoursKept, Granularity.DAY, daysKept);
        this.conversationTtl = conversationTtl;
    }

    @Override
    public void add(Instant at, String catalogVersion, Map<String, Long> deltas) {
        List<byte[][]> calls = new ArrayList<>();
        for (Granularity granularity : Granularity.values()) {
            Instant start = granularity.start(at);
            long left = Duration.between(clock.instant(), start.plus(kept.get(granularity)))
                    .toMillis();
            if (left <= 0 || deltas.isEmpty()) {
                continue;
            }
            byte[][] arguments = new byte[2 + 2 * deltas.size()][];
            arguments[0] = bytes(RedisKeys.analytics(granularity, start));
            arguments[1] = bytes(Long.toString(left));
            int i = 2;
            for (Map.Entry<String, Long> delta : deltas.entrySet()) {
                arguments[i++] = bytes(catalogVersion + SEPARATOR + delta.getKey());
                arguments[i++] = bytes(Long.toString(delta.getValue()));
            }
            calls.add(arguments);
        }
        if (calls.isEmpty()) {
            return;
        }
        // the hour's and the day's hashes are in different slots: one script each, pipelined
        RedisPipelines.run(redis, pipeline -> {
            calls.forEach(arguments -> pipeline.eval(INCREMENT, 1, arguments));
            return () -> null;
        });
    }

    @Override
    public boolean firstTime(ConversationId id, String mark) {
        Long added = redis.execute(
                MARK, List.of(RedisKeys.analyticsMarks(id)), mark, Long.toString(conversationTtl.toMillis()));
        return added != null && added == 1L;
    }

    @Override
    public void erase(ConversationId id) {
        redis.delete(RedisKeys.analyticsMarks(id));
    }

    @Override
    public List<CountedBucket> buckets(Granularity granularity, Instant from, Instant to) {
        List<Instant> starts = new ArrayList<>();
        for (Instant start = granularity.start(from); start.isBefore(to); start = start.plus(granularity.length())) {
            if (!start.isBefore(from)) {
                starts.add(start);
            }
        }
        if (starts.isEmpty()) {
            return List.of();
        }
        return RedisPipelines.run(redis, pipeline -> {
            List<Response<Map<String, String>>> hashes = starts.stream()
                    .map(start -> pipeline.hgetAll(RedisKeys.analytics(granularity, start)))
                    .toList();
            return () -> {
                List<CountedBucket> out = new ArrayList<>(starts.size());
                for (int i = 0; i < starts.size(); i++) {
                    boolean expired = !clock.instant().isBefore(starts.get(i).plus(kept.get(granularity)));
                    out.add(new CountedBucket(
                            granularity,
                            starts.get(i),
                            expired ? Map.of() : byVersion(hashes.get(i).get())));
                }
                return out;
            };
        });
    }

    private static Map<String, Map<String, Long>> byVersion(Map<String, String> fields) {
        Map<String, Map<String, Long>> byVersion = new HashMap<>();
        fields.forEach((field, value) -> {
            int separator = field.indexOf(SEPARATOR);
            if (separator > 0) {
                byVersion
                        .computeIfAbsent(field.substring(0, separator), v -> new HashMap<>())
                        .put(field.substring(separator + 1), Long.parseLong(value));
            }
        });
        return byVersion;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
