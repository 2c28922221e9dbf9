package dev.penny.channels.redis;

import dev.penny.core.conversation.ResumeTokens;
import dev.penny.core.conversation.ResumeTokensContract;
import java.time.Clock;
import java.time.Duration;

/** The resume token contract on a real 3-master, 3-replica Redis Cluster. */
class ClusterResumeTokensIT extends ResumeTokensContract {

    private final RedisClusterTestServer cluster = RedisClusterTestServer.get();

    @Override
    protected ResumeTokens newTokens(Clock clock, Duration timeToLive) {
        cluster.flush();
        return new RedisResumeTokens(cluster.template(), timeToLive);
    }

    @Override
    protected void letTimePass(Duration duration) {
        super.letTimePass(duration);
        Sleep.through(duration);
    }
}
