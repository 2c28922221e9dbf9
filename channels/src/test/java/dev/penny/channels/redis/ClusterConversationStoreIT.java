package dev.penny.channels.redis;

import dev.penny.core.conversation.ConversationStore;
import dev.penny.core.conversation.ConversationStoreContract;
import java.time.Clock;
import java.time.Duration;

/** The conversation store contract on a real 3-master, 3-replica Redis Cluster. */
class ClusterConversationStoreIT extends ConversationStoreContract {

    private final RedisClusterTestServer cluster = RedisClusterTestServer.get();

    @Override
    protected ConversationStore newStore(Clock clock, Duration timeToLive) {
        cluster.flush();
        return new RedisConversationStore(cluster.template(), timeToLive);
    }

    @Override
    protected void letTimePass(Duration duration) {
        super.letTimePass(duration);
        Sleep.through(duration);
    }
}
