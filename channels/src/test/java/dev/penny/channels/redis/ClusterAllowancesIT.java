package dev.penny.channels.redis;

import org.springframework.data.redis.core.StringRedisTemplate;

/** The allowance contract on a real 3-master, 3-replica Redis Cluster. */
class ClusterAllowancesIT extends RedisAllowancesContract {

    private final RedisClusterTestServer cluster = RedisClusterTestServer.get();

    @Override
    StringRedisTemplate emptiedRedis() {
        cluster.flush();
        return cluster.template();
    }
}
