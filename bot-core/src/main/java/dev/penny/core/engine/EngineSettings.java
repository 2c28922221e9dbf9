package dev.penny.core.engine;

import dev.penny.core.cost.CostSettings;
import dev.penny.core.policy.PolicySettings;
import java.util.Objects;

/**
 * Everything configurable about how the engine answers.
 *
 * @param policy the escalation thresholds
 * @param costs prices and budgets
 * @param phrases what the bot says around handoffs and choices
 */
public record EngineSettings(PolicySettings policy, CostSettings costs, BotPhrases phrases) {

    public EngineSettings {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(costs, "costs");
        Objects.requireNonNull(phrases, "phrases");
    }

    /** Default policy (no LLM), default costs, English. */
    public static EngineSettings defaults() {
        return new EngineSettings(PolicySettings.defaults(), CostSettings.defaults(), BotPhrases.english());
    }
}
