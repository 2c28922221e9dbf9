package dev.penny.channels.redis;

import org.springframework.data.redis.core.StringRedisTemplate;

/** The sign-in failure contract on a real 3-master, 3-replica Redis Cluster. */
class ClusterSignInFailuresIT extends RedisSignInFailuresContract {

    private final RedisClusterTestServer cluster = RedisClusterTestServer.get();

    @Override
    StringRedisTemplate emptiedRedis() {
        cluster.flush();
        return cluster.template();
    }
}
