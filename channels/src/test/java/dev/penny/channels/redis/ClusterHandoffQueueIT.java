package dev.penny.channels.redis;

import dev.penny.core.conversation.ConversationStore;
import dev.penny.core.handoff.HandoffExpiry;
import dev.penny.core.handoff.HandoffQueueContract;
import dev.penny.core.handoff.HumanHandoff;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;

/** Atomic handoff, the cap and paging on a real 3-master, 3-replica Redis Cluster. */
class ClusterHandoffQueueIT extends HandoffQueueContract {

    private final RedisClusterTestServer cluster = RedisClusterTestServer.get();

    @BeforeEach
    void emptyCluster() {
        cluster.flush();
    }

    @Override
    protected HumanHandoff newHandoff(Clock clock, HandoffExpiry expiry, int maxWaiting) {
        return new RedisHumanHandoff(cluster.template(), clock, expiry, maxWaiting);
    }

    @Override
    protected ConversationStore newStore(Clock clock) {
        return new RedisConversationStore(cluster.template(), Duration.ofHours(1));
    }
}
