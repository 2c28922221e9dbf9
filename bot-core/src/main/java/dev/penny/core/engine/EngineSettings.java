package dev.penny.core.engine;

import dev.penny.core.cost.CostSettings;
import dev.penny.core.policy.PolicySettings;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything configurable about how the engine answers.
 *
 * @param policy the escalation thresholds
 * @param costs prices and budgets
 * @param phrases the phrases of a desk built from these settings; the engine speaks each FAQ version's own ({@link
 *     FaqVersion#phrases()})
 * @param answerDeadline the longest answering one message can take (an LLM call included); a message re-sent
 *     unanswered after this long was abandoned by the first attempt and is answered again
 */
public record EngineSettings(PolicySettings policy, CostSettings costs, BotPhrases phrases, Duration answerDeadline) {

    /**
     * Without an LLM, answering takes a few store writes, each bounded by the store's own timeout: this is ample.
     * With one, add its timeout.
     */
    public static final Duration DEFAULT_ANSWER_DEADLINE = Duration.ofSeconds(15);

    public EngineSettings {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(costs, "costs");
        Objects.requireNonNull(phrases, "phrases");
        Objects.requireNonNull(answerDeadline, "answerDeadline");
    }

    /** Default policy (no LLM), default costs, English. */
    public static EngineSettings defaults() {
        return new EngineSettings(
                PolicySettings.defaults(), CostSettings.defaults(), BotPhrases.english(), DEFAULT_ANSWER_DEADLINE);
    }
}
