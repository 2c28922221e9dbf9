package dev.penny.channels.visitor;

import dev.penny.channels.config.LimitsProperties;
import dev.penny.channels.wire.MessageText;
import dev.penny.core.engine.VisitorMessage;
import java.time.Duration;

/**
 * The limits a visitor socket enforces.
 *
 * @param maxMessageChars longest message text, at most the engine's {@link VisitorMessage#MAX_LENGTH}
 * @param burst messages a connection may send at once
 * @param period time to refill a whole burst
 * @param maxFrameChars longest frame read at all: room for the longest text, escaped, in its envelope
 */
record VisitorLimits(int maxMessageChars, int burst, Duration period, int maxFrameChars) {

    static VisitorLimits of(LimitsProperties limits) {
        int maxChars = Math.min(limits.maxMessageChars(), VisitorMessage.MAX_LENGTH);
        return new VisitorLimits(
                maxChars,
                limits.rateLimitMessages(),
                limits.rateLimitPeriod(),
                MessageText.largestFrameChars(maxChars));
    }
}
