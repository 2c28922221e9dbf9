/**
 * The Redis adapters of Penny's ports, active when {@code penny.redis.url} is set: conversations, the handoff queue,
 * the cost ledger and cross-node events. {@link dev.penny.channels.redis.RedisKeys} documents the whole schema.
 */
package dev.penny.channels.redis;
