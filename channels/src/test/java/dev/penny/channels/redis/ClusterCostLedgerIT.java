package dev.penny.channels.redis;

import dev.penny.core.cost.CostLedger;
import dev.penny.core.cost.CostLedgerContract;
import java.time.Clock;
import java.time.Duration;

/** The cost ledger contract on a real 3-master, 3-replica Redis Cluster. */
class ClusterCostLedgerIT extends CostLedgerContract {

    private final RedisClusterTestServer cluster = RedisClusterTestServer.get();

    @Override
    protected CostLedger newLedger(Clock clock, Duration conversationRetention) {
        cluster.flush();
        return new RedisCostLedger(cluster.template(), clock, conversationRetention, 30);
    }

    @Override
    protected void letTimePass(Duration duration) {
        super.letTimePass(duration);
        Sleep.through(duration);
    }
}
