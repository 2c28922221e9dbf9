package dev.penny.channels.redis;

import dev.penny.channels.security.InMemorySignInFailures;
import dev.penny.channels.security.SignInFailures;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Sign-in failures every node counts into, one hash per holder (the failures and the time the window ends), named by
 * the holder's {@link HolderHash}, expiring when the window ends. Time is this node's clock, as for every other Penny
 * key. The schema is in {@link RedisKeys}.
 *
 * <p>When Redis does not answer, each node counts alone ({@link LocalFallback}; metric {@code
 * penny.security.sign-in-failures.local}): sign-ins go on, and guesses are still limited per node.
 */
final class RedisSignInFailures implements SignInFailures {

    private static final Logger log = LoggerFactory.getLogger(RedisSignInFailures.class);

    // KEYS: the holder's failures. ARGV: now ms, window ms. The window: {failures, ends ms}.
    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> ADD = new DefaultRedisScript<>("""
            local now = tonumber(ARGV[1])
            local ends = tonumber(redis.call('HGET', KEYS[1], 'ends') or '0')
            local failures
            if ends <= now then
              ends = now + tonumber(ARGV[2])
              failures = 1
              redis.call('HSET', KEYS[1], 'failures', 1, 'ends', string.format('%.0f', ends))
            else
              failures = redis.call('HINCRBY', KEYS[1], 'failures', 1)
            end
            redis.call('PEXPIRE', KEYS[1], string.format('%.0f', ends - now))
            return {failures, string.format('%.0f', ends)}
            """, List.class);

    // KEYS: the holder's failures. ARGV: now ms.
    private static final RedisScript<Long> GIVE_BACK = new DefaultRedisScript<>("""
            local ends = tonumber(redis.call('HGET', KEYS[1], 'ends') or '0')
            if ends <= tonumber(ARGV[1]) then return 0 end
            if redis.call('HINCRBY', KEYS[1], 'failures', -1) <= 0 then redis.call('DEL', KEYS[1]) end
            return 1
            """, Long.class);

    private final StringRedisTemplate redis;
    private final Clock clock;
    private final HolderHash hash;
    private final InMemorySignInFailures local;
    private final LocalFallback fallback;

    RedisSignInFailures(StringRedisTemplate redis, Clock clock, HolderHash hash, MeterRegistry meters) {
        this.redis = redis;
        this.clock = clock;
        this.hash = hash;
        this.local = new InMemorySignInFailures(clock);
        this.fallback = new LocalFallback(
                log,
                "failed sign-ins",
                meters,
                "penny.security.sign-in-failures.local",
                "Sign-in failures counted or read on this node alone, because Redis did not answer",
                "act");
    }

    @Override
    public Window add(String holder, Duration window) {
        return fallback.call(
                "add",
                () -> {
                    List<?> counted = redis.execute(
                            ADD, List.of(key(holder)), Long.toString(clock.millis()), Long.toString(window.toMillis()));
                    return new Window(
                            Integer.parseInt(counted.get(0).toString()),
                            Instant.ofEpochMilli(Long.parseLong(counted.get(1).toString())));
                },
                () -> local.add(holder, window));
    }

    @Override
    public void giveBack(String holder) {
        fallback.run(
                "give-back",
                () -> redis.execute(GIVE_BACK, List.of(key(holder)), Long.toString(clock.millis())),
                () -> local.giveBack(holder));
    }

    @Override
    public Window window(String holder) {
        return fallback.call("read", () -> read(holder), () -> local.window(holder));
    }

    @Override
    public void clear(String holder) {
        fallback.run("clear", () -> redis.delete(key(holder)), () -> local.clear(holder));
    }

    private Window read(String holder) {
        List<Object> stored = redis.opsForHash().multiGet(key(holder), List.of("failures", "ends"));
        if (stored.get(0) == null || stored.get(1) == null) {
            return Window.NONE;
        }
        Instant ends = Instant.ofEpochMilli(Long.parseLong((String) stored.get(1)));
        return ends.isAfter(clock.instant()) ? new Window(Integer.parseInt((String) stored.get(0)), ends) : Window.NONE;
    }

    private String key(String holder) {
        return RedisKeys.signInFailures(hash.of(holder));
    }
}
