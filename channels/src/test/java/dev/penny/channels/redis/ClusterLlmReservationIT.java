package dev.penny.channels.redis;

import dev.penny.core.cost.CostLedger;
import dev.penny.core.cost.LlmReservationContract;
import java.time.Clock;
import java.time.Duration;

/** LLM budget reservations on a real 3-master, 3-replica Redis Cluster. */
class ClusterLlmReservationIT extends LlmReservationContract {

    private final RedisClusterTestServer cluster = RedisClusterTestServer.get();

    @Override
    protected CostLedger newLedger(Clock clock) {
        cluster.flush();
        return new RedisCostLedger(cluster.template(), clock, Duration.ofHours(1), 30);
    }
}
