package dev.penny.core.handoff;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a {@link HumanHandoff} keeps what it knows; Redis implementations set these as key TTLs.
 *
 * @param agentPresence an agent counts as online for this long after their last {@link
 *     HumanHandoff#agentOnline(AgentId)}, so a console that vanished without signing off stops counting
 * @param handoff a waiting or held conversation is forgotten this long after it was queued or claimed: a safety net
 *     for conversations nobody released
 * @param leftMessages a left message is kept this long
 */
public record HandoffExpiry(Duration agentPresence, Duration handoff, Duration leftMessages) {

    public HandoffExpiry {
        requirePositive("agentPresence", agentPresence);
        requirePositive("handoff", handoff);
        requirePositive("leftMessages", leftMessages);
    }

    /** Presence 90 seconds (a console heartbeats every 30), handoffs 1 day, left messages 30 days. */
    public static HandoffExpiry defaults() {
        return new HandoffExpiry(Duration.ofSeconds(90), Duration.ofDays(1), Duration.ofDays(30));
    }

    private static void requirePositive(String name, Duration value) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
