package dev.penny.channels.config;

import dev.penny.core.handoff.HandoffExpiry;
import java.time.Duration;

/**
 * How long the handoff side keeps things; the in-memory twin and Redis TTLs follow these.
 *
 * @param agentPresence an agent counts as online this long after their console's last heartbeat
 * @param expiry a waiting or held conversation leaves the queue this long after it was queued or claimed
 * @param leftMessages how long messages left for the team are kept
 */
public record HandoffProperties(Duration agentPresence, Duration expiry, Duration leftMessages) {

    private static final HandoffExpiry DEFAULTS = HandoffExpiry.defaults();

    public HandoffProperties {
        agentPresence = agentPresence == null ? DEFAULTS.agentPresence() : agentPresence;
        expiry = expiry == null ? DEFAULTS.handoff() : expiry;
        leftMessages = leftMessages == null ? DEFAULTS.leftMessages() : leftMessages;
    }

    static HandoffProperties defaults() {
        return new HandoffProperties(null, null, null);
    }

    /** The core expiry these properties describe. */
    public HandoffExpiry handoffExpiry() {
        return new HandoffExpiry(agentPresence, expiry, leftMessages);
    }
}
