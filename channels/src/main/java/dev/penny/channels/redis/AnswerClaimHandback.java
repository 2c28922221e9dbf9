package dev.penny.channels.redis;

import dev.penny.core.conversation.AnswerClaims;
import org.springframework.context.SmartLifecycle;

/**
 * At shutdown, hands back the answer claims of messages dispatch could not answer in time, so another node answers a
 * re-send at once. It stops in phase 1: after dispatch's drain and the web server's graceful shutdown (higher phases),
 * and just before the Redis connection factories (phase 0), which refuse every command once stopped; handing back at
 * bean destruction, after them, would fail and leave the claims to expire a lease later.
 */
final class AnswerClaimHandback implements SmartLifecycle {

    private final AnswerClaims claims;
    private volatile boolean running;

    AnswerClaimHandback(AnswerClaims claims) {
        this.claims = claims;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        if (claims instanceof RedisAnswerClaims redis) {
            redis.handBack();
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return 1;
    }
}
