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
 * @param answerDeadline the lease of an answer claim shared by several nodes ({@link
 *     dev.penny.core.conversation.AnswerClaims}): how long after the node answering a message stopped (and so stopped
 *     renewing its claim) a re-send of the message is answered anew. A running node keeps its claims however long the
 *     answer takes.
 */
public record EngineSettings(PolicySettings policy, CostSettings costs, BotPhrases phrases, Duration answerDeadline) {

    /** Ample for a claim renewed every third of it; a longer lease only delays answering a stopped node's messages. */
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
