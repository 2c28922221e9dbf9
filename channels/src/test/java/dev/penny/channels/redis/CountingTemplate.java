package dev.penny.channels.redis;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * A template that counts the connections it takes. Every command, script and pipeline of a template goes through
 * {@link #execute(RedisCallback, boolean, boolean)} once, and on a single Redis each of those is one round trip (a
 * pipeline is one however many commands it sends), so the count is the number of round trips.
 */
final class CountingTemplate extends StringRedisTemplate {

    private final AtomicInteger calls = new AtomicInteger();

    CountingTemplate(RedisConnectionFactory factory) {
        super(factory);
    }

    @Override
    public <T> T execute(RedisCallback<T> action, boolean exposeConnection, boolean pipeline) {
        calls.incrementAndGet();
        return super.execute(action, exposeConnection, pipeline);
    }

    /** Round trips since the last call, and starts counting again. */
    int roundTrips() {
        return calls.getAndSet(0);
    }
}
