package dev.penny.channels.redis;

import dev.penny.core.analytics.AnalyticsCounters;
import dev.penny.core.analytics.AnalyticsCountersContract;
import java.time.Clock;
import java.time.Duration;

/** The analytics counters contract on a real 3-master, 3-replica Redis Cluster: hours and days in many slots. */
class ClusterAnalyticsCountersIT extends AnalyticsCountersContract {

    private final RedisClusterTestServer cluster = RedisClusterTestServer.get();

    @Override
    protected AnalyticsCounters newCounters(
            Clock clock, Duration hoursKept, Duration daysKept, Duration conversationTtl) {
        return new RedisAnalyticsCounters(cluster.template(), clock, hoursKept, daysKept, conversationTtl);
    }

    @Override
    protected void letTimePass(Duration duration) {
        super.letTimePass(duration);
        Sleep.through(duration);
    }
}
