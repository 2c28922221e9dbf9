package dev.penny.channels.redis;

import dev.penny.intents.versions.CatalogStore;
import dev.penny.intents.versions.CatalogStoreContract;
import java.time.Clock;

/**
 * The catalog store contract on a real 3-master, 3-replica Redis Cluster: its scripts touch several catalog keys at
 * once, which Cluster allows only because they share one slot.
 */
class ClusterCatalogStoreIT extends CatalogStoreContract {

    private final RedisClusterTestServer cluster = RedisClusterTestServer.get();

    @Override
    protected CatalogStore newStore(Clock clock) {
        cluster.flush();
        return new RedisCatalogStore(cluster.template(), clock);
    }
}
