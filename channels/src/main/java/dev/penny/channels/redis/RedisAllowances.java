package dev.penny.channels.redis;

import dev.penny.channels.visitor.Allowances;
import dev.penny.channels.visitor.InMemoryAllowances;
import dev.penny.core.conversation.ConversationId;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Allowances every node takes from, one key per bucket holding the time it is full again, moved by one script per act
 * (one round trip, atomic across nodes; one key, so legal on Redis Cluster). Time is this node's clock, passed to the
 * script, as for every other Penny key: nodes' clocks agree to far less than a refill. The schema is in {@link
 * RedisKeys}.
 *
 * <p>When Redis does not answer, it fails open to this node's own count rather than refusing every visitor or lifting
 * every limit: a warning when that starts, a line when Redis answers again, and {@code penny.abuse.allowances.local}
 * counts the acts counted locally.
 */
final class RedisAllowances implements Allowances {

    private static final Logger log = LoggerFactory.getLogger(RedisAllowances.class);

    // KEYS: allowance. ARGV: now ms, refill ms, burst ms. 1 taken, 0 refused.
    private static final RedisScript<Long> TAKE = new DefaultRedisScript<>("""
            local now = tonumber(ARGV[1])
            local stored = redis.call('GET', KEYS[1])
            local at = stored and tonumber(stored) or now
            if at < now then at = now end
            at = at + tonumber(ARGV[2])
            if at - now > tonumber(ARGV[3]) then return 0 end
            redis.call('SET', KEYS[1], string.format('%.0f', at), 'PX', string.format('%.0f', at - now))
            return 1
            """, Long.class);

    private final StringRedisTemplate redis;
    private final Clock clock;
    private final HolderHash hash;
    private final InMemoryAllowances local;
    private final LocalFallback fallback;

    RedisAllowances(StringRedisTemplate redis, Clock clock, HolderHash hash, MeterRegistry meters) {
        this.redis = redis;
        this.clock = clock;
        this.hash = hash;
        this.local = new InMemoryAllowances(clock);
        this.fallback = new LocalFallback(
                log,
                "abuse allowances",
                meters,
                "penny.abuse.allowances.local",
                "Abuse allowance acts counted on this node alone, because Redis did not answer",
                "kind");
    }

    @Override
    public boolean tryTake(Kind kind, String address) {
        return fallback.call(
                kind.name(),
                () -> take(RedisKeys.allowance(hash.address(address), kind.name()), kind),
                () -> local.tryTake(kind, address));
    }

    @Override
    public boolean tryTake(Kind kind, ConversationId conversation) {
        return fallback.call(
                kind.name(),
                () -> take(RedisKeys.allowance(hash.conversation(conversation), kind.name()), kind),
                () -> local.tryTake(kind, conversation));
    }

    private boolean take(String key, Kind kind) {
        Long taken = redis.execute(
                TAKE,
                List.of(key),
                Long.toString(clock.millis()),
                Long.toString(kind.refillMillis()),
                Long.toString(kind.burstMillis()));
        return taken != null && taken == 1;
    }
}
