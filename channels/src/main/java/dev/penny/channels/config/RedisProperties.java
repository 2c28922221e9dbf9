package dev.penny.channels.config;

import java.time.Duration;

/**
 * The Redis that holds conversations, the handoff queue, the cost ledger, the catalog and events between nodes.
 *
 * @param url the Redis URL, e.g. redis://:password@redis.internal:6379/0; empty: everything lives in this
 *     process (lost on restart, one node only)
 * @param timeout connect, read and pool-wait time limit for Redis calls, so a Redis that went away fails calls rather
 *     than hanging them
 */
public record RedisProperties(String url, Duration timeout) {

    public RedisProperties {
        url = url == null ? "" : url.strip();
        timeout = timeout == null ? Duration.ofSeconds(2) : timeout;
    }

    static RedisProperties defaults() {
        return new RedisProperties(null, null);
    }
}
