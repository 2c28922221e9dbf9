package dev.penny.channels.redis;

import dev.penny.core.conversation.AnswerClaims;
import dev.penny.core.conversation.Turn;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.connection.RedisStringCommands.SetOption;
import org.springframework.data.redis.connection.ReturnType;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.types.Expiration;

/**
 * Answer claims shared by every node on one Redis: one key per message being answered, holding this node's random
 * token, with a lease this node renews every third of it while it holds the claim. A node that stops stops renewing,
 * and its claims expire a lease later. Each command touches one key, so all are legal on Redis Cluster. The schema is
 * in {@link RedisKeys}.
 */
final class RedisAnswerClaims implements AnswerClaims, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisAnswerClaims.class);

    // KEYS: claim. ARGV: holder token. Deletes the claim only if this holder still holds it.
    private static final byte[] RELEASE = bytes("""
            if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
            return 0
            """);

    // KEYS: claim. ARGV: holder token, lease in ms.
    private static final byte[] RENEW = bytes("""
            if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
            return 0
            """);

    private final StringRedisTemplate redis;
    private final byte[] holder = bytes(UUID.randomUUID().toString());
    private final Expiration lease;
    private final Set<String> held = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService renewals = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "penny-claim-renewal");
        t.setDaemon(true);
        return t;
    });

    /** @param lease how long a claim outlives its last renewal; renewed every third of it */
    RedisAnswerClaims(StringRedisTemplate redis, Duration lease) {
        if (lease.toMillis() < 3) {
            throw new IllegalArgumentException("the claim lease must be at least 3 ms");
        }
        this.redis = redis;
        this.lease = Expiration.milliseconds(lease.toMillis());
        long every = lease.toMillis() / 3;
        renewals.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.MILLISECONDS);
    }

    /** One pipeline of {@code SET claim token NX PX lease}, one per turn. */
    @Override
    public List<Boolean> claimAll(List<Turn> turns) {
        if (turns.isEmpty()) {
            return List.of();
        }
        List<String> keys = turns.stream().map(RedisAnswerClaims::key).toList();
        List<Object> results = redis.executePipelined((RedisCallback<Object>) connection -> {
            for (String key : keys) {
                connection.stringCommands().set(bytes(key), holder, lease, SetOption.ifAbsent());
            }
            return null;
        });
        for (int i = 0; i < keys.size(); i++) {
            if (Boolean.TRUE.equals(results.get(i))) {
                held.add(keys.get(i));
            }
        }
        return results.stream().map(Boolean.TRUE::equals).toList();
    }

    /** One pipeline of the release script, one per turn. */
    @Override
    public void releaseAll(List<Turn> turns) {
        List<String> keys = turns.stream().map(RedisAnswerClaims::key).toList();
        // Forgotten first: were the release to fail, the claim must still expire rather than be renewed for ever.
        keys.forEach(held::remove);
        redis.executePipelined((RedisCallback<Object>) connection -> {
            for (String key : keys) {
                connection.scriptingCommands().eval(RELEASE, ReturnType.INTEGER, 1, bytes(key), holder);
            }
            return null;
        });
    }

    private void renew() {
        List<String> keys = List.copyOf(held);
        if (keys.isEmpty()) {
            return;
        }
        byte[] leaseMillis = bytes(Long.toString(lease.getExpirationTimeInMilliseconds()));
        try {
            redis.executePipelined((RedisCallback<Object>) connection -> {
                for (String key : keys) {
                    connection.scriptingCommands().eval(RENEW, ReturnType.INTEGER, 1, bytes(key), holder, leaseMillis);
                }
                return null;
            });
        } catch (RuntimeException e) {
            // Retried at the next renewal; a claim that expires meanwhile lets a re-send answer the message again.
            log.warn("Could not renew {} answer claims: {}", keys.size(), e.toString());
        }
    }

    /**
     * Stops renewing and hands back the claims still held (messages dispatch did not answer before it stopped), so a
     * re-send to another node is answered at once; a claim that cannot be released expires a lease later.
     */
    @Override
    public void close() {
        renewals.shutdownNow();
        handBack();
    }

    /** Hands back the claims still held, leaving renewals running: a context stopped and started again claims anew. */
    void handBack() {
        List<String> keys = List.copyOf(held);
        held.clear();
        if (keys.isEmpty()) {
            return;
        }
        try {
            redis.executePipelined((RedisCallback<Object>) connection -> {
                for (String key : keys) {
                    connection.scriptingCommands().eval(RELEASE, ReturnType.INTEGER, 1, bytes(key), holder);
                }
                return null;
            });
        } catch (RuntimeException e) {
            log.warn("Could not hand back {} answer claims: {}", keys.size(), e.toString());
        }
    }

    private static String key(Turn turn) {
        return RedisKeys.answerClaim(turn.conversationId(), turn.id());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
