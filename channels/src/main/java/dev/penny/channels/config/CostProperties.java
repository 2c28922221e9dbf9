package dev.penny.channels.config;

import dev.penny.core.cost.CostSettings;
import dev.penny.core.cost.LlmBudget;
import dev.penny.core.cost.LlmPrice;
import java.time.Duration;

/**
 * Prices and budgets, all money in integer micro-dollars (1 000 000 = $1).
 *
 * @param llmInputPerMillionTokens what a million prompt tokens cost
 * @param llmOutputPerMillionTokens what a million answer tokens cost
 * @param agentPerHour what an hour of an agent's time costs
 * @param classification compute cost of classifying one message locally
 * @param budgetPerConversation LLM spending cap per conversation
 * @param budgetPerDay LLM spending cap per calendar day (UTC)
 * @param estimatedPromptTokens prompt tokens of a grounded call besides the visitor's words
 * @param estimatedAnswerTokens tokens of a typical answer
 * @param conversationRetention a conversation's totals are forgotten this long after its last cost; null: the
 *     conversation ttl
 * @param daysKept days of daily totals kept
 * @param agentMinutesPerHandoff the agent time one handoff takes, for the cost estimates of the catalog report
 * @param questionsPerConversation how many questions a conversation asks on average, for the same estimates
 */
public record CostProperties(
        Long llmInputPerMillionTokens,
        Long llmOutputPerMillionTokens,
        Long agentPerHour,
        Long classification,
        Long budgetPerConversation,
        Long budgetPerDay,
        Long estimatedPromptTokens,
        Long estimatedAnswerTokens,
        Duration conversationRetention,
        Integer daysKept,
        Long agentMinutesPerHandoff,
        Double questionsPerConversation) {

    private static final CostSettings DEFAULTS = CostSettings.defaults();

    public CostProperties {
        llmInputPerMillionTokens =
                or(llmInputPerMillionTokens, DEFAULTS.llmPrice().inputMicroDollarsPerMillionTokens());
        llmOutputPerMillionTokens =
                or(llmOutputPerMillionTokens, DEFAULTS.llmPrice().outputMicroDollarsPerMillionTokens());
        agentPerHour = or(agentPerHour, DEFAULTS.agentMicroDollarsPerHour());
        classification = or(classification, DEFAULTS.classificationMicroDollars());
        budgetPerConversation = or(budgetPerConversation, DEFAULTS.llmBudget().perConversationMicroDollars());
        budgetPerDay = or(budgetPerDay, DEFAULTS.llmBudget().perDayMicroDollars());
        estimatedPromptTokens = or(estimatedPromptTokens, DEFAULTS.estimatedPromptTokens());
        estimatedAnswerTokens = or(estimatedAnswerTokens, DEFAULTS.estimatedAnswerTokens());
        daysKept = daysKept == null ? 90 : daysKept;
        agentMinutesPerHandoff = agentMinutesPerHandoff == null ? 6 : agentMinutesPerHandoff;
        questionsPerConversation = questionsPerConversation == null ? 1.0 : questionsPerConversation;
    }

    static CostProperties defaults() {
        return new CostProperties(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The core settings these properties describe. */
    public CostSettings settings() {
        return new CostSettings(
                classification,
                new LlmPrice(llmInputPerMillionTokens, llmOutputPerMillionTokens),
                agentPerHour,
                new LlmBudget(budgetPerConversation, budgetPerDay),
                estimatedPromptTokens,
                estimatedAnswerTokens);
    }

    private static Long or(Long value, long fallback) {
        return value == null ? fallback : value;
    }
}
