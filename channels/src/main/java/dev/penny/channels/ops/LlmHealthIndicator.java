package dev.penny.channels.ops;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * {@code llm}: reports the configured endpoint without calling it. A health probe runs every few seconds and a
 * model call costs money and seconds; LLM failures show in {@code penny.escalations} and the decisions' reasons.
 */
final class LlmHealthIndicator implements HealthIndicator {

    private final String baseUrl;
    private final String model;

    LlmHealthIndicator(String baseUrl, String model) {
        this.baseUrl = baseUrl;
        this.model = model;
    }

    @Override
    public Health health() {
        return Health.up()
                .withDetail("configured", true)
                .withDetail("baseUrl", baseUrl)
                .withDetail("model", model)
                .build();
    }
}
