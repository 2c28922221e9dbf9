package dev.penny.channels.redis;

import dev.penny.core.conversation.ConversationStore;
import dev.penny.core.cost.CostLedger;
import dev.penny.core.handoff.HandoffExpiry;
import dev.penny.core.handoff.HumanHandoff;
import java.time.Clock;
import java.time.Duration;

/**
 * Penny's Redis ports on the test server's emptied database, for tests in other packages, all on one template that
 * counts its round trips.
 */
public final class RedisPorts {

    private final CountingTemplate redis;
    private final Clock clock;

    private RedisPorts(Clock clock) {
        RedisTestServer server = RedisTestServer.get();
        server.flush();
        this.redis = server.countingTemplate();
        this.clock = clock;
    }

    public static RedisPorts onTestServer(Clock clock) {
        return new RedisPorts(clock);
    }

    public HumanHandoff handoff(HandoffExpiry expiry, int maxWaiting) {
        return new RedisHumanHandoff(redis, clock, expiry, maxWaiting);
    }

    public ConversationStore store(Duration timeToLive) {
        return new RedisConversationStore(redis, timeToLive);
    }

    public CostLedger ledger(Duration conversationRetention) {
        return new RedisCostLedger(redis, clock, conversationRetention, 30);
    }

    /** Round trips since the last call. */
    public int roundTrips() {
        return redis.roundTrips();
    }
}
