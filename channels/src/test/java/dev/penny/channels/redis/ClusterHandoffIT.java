package dev.penny.channels.redis;

import dev.penny.core.handoff.HandoffExpiry;
import dev.penny.core.handoff.HumanHandoff;
import dev.penny.core.handoff.HumanHandoffContract;
import java.time.Clock;
import java.time.Duration;

/** The handoff contract on a real 3-master, 3-replica Redis Cluster. */
class ClusterHandoffIT extends HumanHandoffContract {

    private final RedisClusterTestServer cluster = RedisClusterTestServer.get();

    @Override
    protected HumanHandoff newHandoff(Clock clock, HandoffExpiry expiry) {
        cluster.flush();
        return new RedisHumanHandoff(cluster.template(), clock, expiry);
    }

    @Override
    protected void letTimePass(Duration duration) {
        super.letTimePass(duration);
        Sleep.through(duration);
    }
}
