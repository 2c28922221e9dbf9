package dev.penny.channels.e2e;

import java.net.URI;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * The catalog keys in the test database have no TTL (they are content), so a test that publishes removes them before
 * and after, and every node it starts begins from its configured catalog file.
 */
final class CatalogKeys {

    private CatalogKeys() {}

    static void clear() {
        try (Jedis jedis = new Jedis(URI.create(TwoNodesOnRedisIT.redisUrl()))) {
            String cursor = ScanParams.SCAN_POINTER_START;
            do {
                ScanResult<String> page = jedis.scan(
                        cursor, new ScanParams().match("penny:catalog:*").count(100));
                page.getResult().forEach(jedis::del);
                cursor = page.getCursor();
            } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
        }
    }
}
