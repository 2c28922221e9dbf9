package dev.penny.channels.redis;

import org.springframework.data.redis.core.StringRedisTemplate;

/** The sign-in failure contract on a standalone Redis. */
class RedisSignInFailuresIT extends RedisSignInFailuresContract {

    private final RedisTestServer redis = RedisTestServer.get();

    @Override
    StringRedisTemplate emptiedRedis() {
        redis.flush();
        return redis.template();
    }
}
