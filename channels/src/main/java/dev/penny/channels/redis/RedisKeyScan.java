package dev.penny.channels.redis;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.data.redis.connection.RedisClusterConnection;
import org.springframework.data.redis.connection.RedisClusterNode;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.core.Cursor;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * The keys matching a pattern, found with {@code SCAN} (never {@code KEYS}, which blocks Redis), on every master of a
 * Cluster, since each master holds only its own slots' keys.
 */
final class RedisKeyScan {

    private static final long BATCH = 1_000;

    private RedisKeyScan() {}

    static Set<String> matching(StringRedisTemplate redis, String pattern) {
        ScanOptions options =
                ScanOptions.scanOptions().match(pattern).count(BATCH).build();
        return redis.execute((RedisCallback<Set<String>>) connection -> {
            Set<String> keys = new LinkedHashSet<>();
            RedisConnection target =
                    connection instanceof org.springframework.data.redis.connection.DecoratedRedisConnection d
                            ? d.getDelegate()
                            : connection;
            if (target instanceof RedisClusterConnection cluster) {
                for (RedisClusterNode node : cluster.clusterGetNodes()) {
                    if (node.isMaster() && node.isConnected()) {
                        collect(cluster.scan(node, options), keys);
                    }
                }
            } else if (connection.getNativeConnection() instanceof Jedis jedis) {
                scan(jedis, pattern, keys);
            } else {
                throw new IllegalStateException("Penny scans on Jedis connections, not " + connection.getClass());
            }
            return keys;
        });
    }

    // Jedis's own SCAN: closing Spring Data Redis's scan cursor on a pooled connection of a database other than 0 put
    // the connection back on database 0 while Spring still used it, so later commands went to the wrong database.
    private static void scan(Jedis jedis, String pattern, Set<String> keys) {
        ScanParams params = new ScanParams().match(pattern).count((int) BATCH);
        String cursor = ScanParams.SCAN_POINTER_START;
        do {
            ScanResult<String> page = jedis.scan(cursor, params);
            keys.addAll(page.getResult());
            cursor = page.getCursor();
        } while (!ScanParams.SCAN_POINTER_START.equals(cursor));
    }

    private static void collect(Cursor<byte[]> cursor, Set<String> keys) {
        try (cursor) {
            cursor.forEachRemaining(key -> keys.add(new String(key, StandardCharsets.UTF_8)));
        }
    }
}
