package dev.penny.channels.redis;

import org.springframework.data.redis.core.StringRedisTemplate;

/** The allowance contract on a standalone Redis. */
class RedisAllowancesIT extends RedisAllowancesContract {

    private final RedisTestServer redis = RedisTestServer.get();

    @Override
    StringRedisTemplate emptiedRedis() {
        redis.flush();
        return redis.template();
    }
}
