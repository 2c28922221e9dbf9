package dev.penny.channels.redis;

import dev.penny.intents.versions.CatalogStore;
import dev.penny.intents.versions.CatalogStoreContract;
import java.time.Clock;

class RedisCatalogStoreIT extends CatalogStoreContract {

    private final RedisTestServer redis = RedisTestServer.get();

    @Override
    protected CatalogStore newStore(Clock clock) {
        redis.flush();
        return new RedisCatalogStore(redis.template(), clock);
    }
}
