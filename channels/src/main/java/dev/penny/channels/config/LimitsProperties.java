package dev.penny.channels.config;

import java.time.Duration;
import java.util.List;

/**
 * What visitors may send, and from where.
 *
 * @param maxMessageChars longest visitor message accepted
 * @param rateLimitMessages messages a connection may send in a burst
 * @param rateLimitPeriod time in which rate-limit-messages tokens refill
 * @param allowedOrigins origin patterns of the sites allowed to embed the widget (e.g. https://*.example.com)
 * @param agentAllowedOrigins origins allowed to open the agent console socket besides Penny's own
 */
public record LimitsProperties(
        Integer maxMessageChars,
        Integer rateLimitMessages,
        Duration rateLimitPeriod,
        List<String> allowedOrigins,
        List<String> agentAllowedOrigins) {

    public LimitsProperties {
        maxMessageChars = maxMessageChars == null ? 2000 : maxMessageChars;
        rateLimitMessages = rateLimitMessages == null ? 5 : rateLimitMessages;
        rateLimitPeriod = rateLimitPeriod == null ? Duration.ofSeconds(10) : rateLimitPeriod;
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
        agentAllowedOrigins = agentAllowedOrigins == null ? List.of() : List.copyOf(agentAllowedOrigins);
        if (maxMessageChars < 1 || rateLimitMessages < 1 || rateLimitPeriod.isNegative() || rateLimitPeriod.isZero()) {
            throw new IllegalArgumentException("penny.limits: sizes and rates must be positive");
        }
    }

    static LimitsProperties defaults() {
        return new LimitsProperties(null, null, null, null, null);
    }
}
