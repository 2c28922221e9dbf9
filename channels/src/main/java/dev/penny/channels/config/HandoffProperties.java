package dev.penny.channels.config;

import dev.penny.core.handoff.HandoffExpiry;
import java.time.Duration;

/**
 * How long the handoff side keeps things; the in-memory twin and Redis TTLs follow these.
 *
 * @param agentPresence an agent counts as online this long after their console's last heartbeat
 * @param expiry a waiting or held conversation leaves the queue this long after it was queued or claimed
 * @param leftMessages how long messages left for the team are kept
 * @param maxWaiting at most this many conversations wait for an agent; visitors handed off beyond it are invited to
 *     leave a message instead
 * @param queuePageSize the agent console shows the queue in pages of this many conversations
 * @param reconcileEvery on Redis, how often (and once at start) every node looks for conversations waiting without a
 *     queue entry and lists them
 */
public record HandoffProperties(
        Duration agentPresence,
        Duration expiry,
        Duration leftMessages,
        Integer maxWaiting,
        Integer queuePageSize,
        Duration reconcileEvery) {

    private static final HandoffExpiry DEFAULTS = HandoffExpiry.defaults();

    public HandoffProperties {
        agentPresence = agentPresence == null ? DEFAULTS.agentPresence() : agentPresence;
        expiry = expiry == null ? DEFAULTS.handoff() : expiry;
        leftMessages = leftMessages == null ? DEFAULTS.leftMessages() : leftMessages;
        maxWaiting = maxWaiting == null ? 500 : maxWaiting;
        queuePageSize = queuePageSize == null ? 50 : queuePageSize;
        reconcileEvery = reconcileEvery == null ? Duration.ofMinutes(1) : reconcileEvery;
        if (maxWaiting < 1 || queuePageSize < 1) {
            throw new IllegalArgumentException("penny.handoff.max-waiting and queue-page-size must be at least 1");
        }
    }

    static HandoffProperties defaults() {
        return new HandoffProperties(null, null, null, null, null, null);
    }

    /** The core expiry these properties describe. */
    public HandoffExpiry handoffExpiry() {
        return new HandoffExpiry(agentPresence, expiry, leftMessages);
    }
}
