package dev.penny.core.cost;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * Prices and budgets Penny counts costs with.
 *
 * <p>The defaults are illustrative (a small hosted model's list price, a modest agent wage); set real ones.
 *
 * @param classificationMicroDollars compute cost of classifying one message locally
 * @param llmPrice what the configured LLM charges
 * @param agentMicroDollarsPerHour what an hour of an agent's time costs
 * @param llmBudget caps on LLM spending
 * @param estimatedPromptTokens for the all-LLM baseline and budget checks: prompt tokens of a grounded call besides
 *     the visitor's words (instructions and FAQ entries)
 * @param estimatedAnswerTokens for the same: tokens of a typical answer
 */
public record CostSettings(
        long classificationMicroDollars,
        LlmPrice llmPrice,
        long agentMicroDollarsPerHour,
        LlmBudget llmBudget,
        long estimatedPromptTokens,
        long estimatedAnswerTokens) {

    private static final int CHARACTERS_PER_TOKEN = 4;

    public CostSettings {
        Objects.requireNonNull(llmPrice, "llmPrice");
        Objects.requireNonNull(llmBudget, "llmBudget");
        if (classificationMicroDollars < 0
                || agentMicroDollarsPerHour < 0
                || estimatedPromptTokens < 0
                || estimatedAnswerTokens < 0) {
            throw new IllegalArgumentException("costs and token estimates must not be negative");
        }
    }

    /**
     * 1 µ$ per classification; LLM $0.15 / $0.60 per million input / output tokens; agents $30 an hour; LLM budget
     * $0.05 per conversation and $10 a day; estimates of 800 prompt and 150 answer tokens.
     */
    public static CostSettings defaults() {
        return new CostSettings(
                1, new LlmPrice(150_000, 600_000), 30_000_000, new LlmBudget(50_000, 10_000_000), 800, 150);
    }

    /**
     * Prompt tokens of an LLM call about {@code text}: the estimated instructions and grounding, and the text at four
     * characters a token, a common rule of thumb for English with GPT-style tokenizers (an estimate, not a bill).
     */
    public long estimatedInputTokens(String text) {
        long characters = text.codePointCount(0, text.length());
        return estimatedPromptTokens + (characters + CHARACTERS_PER_TOKEN - 1) / CHARACTERS_PER_TOKEN;
    }

    /**
     * What to hold of a budget for an LLM call about {@code text}: the estimated prompt, and the longest answer the
     * call allows (the typical answer's length when it sets no cap).
     */
    public long reservedLlmCost(String text, OptionalLong maxOutputTokens) {
        return llmPrice.inputCost(estimatedInputTokens(text))
                + llmPrice.outputCost(maxOutputTokens.orElse(estimatedAnswerTokens));
    }

    /** What {@code seconds} of an agent's time cost, rounded to the nearest micro-dollar. */
    public long agentCost(long seconds) {
        return (Math.multiplyExact(seconds, agentMicroDollarsPerHour) + 1800) / 3600;
    }
}
