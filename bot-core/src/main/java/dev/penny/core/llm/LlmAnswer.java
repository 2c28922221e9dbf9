package dev.penny.core.llm;

import java.util.Objects;

/**
 * What an LLM answered, and what it cost in tokens.
 *
 * @param text the answer to show the visitor; may be empty when {@code notCoveredByFaq}
 * @param inputTokens tokens the provider billed for the prompt
 * @param outputTokens tokens the provider billed for the answer
 * @param notCoveredByFaq true when the model said the FAQ entries it was given do not answer the question; the bot
 *     then hands off instead of showing {@code text}
 */
public record LlmAnswer(String text, long inputTokens, long outputTokens, boolean notCoveredByFaq) {

    public LlmAnswer {
        Objects.requireNonNull(text, "text");
        if (inputTokens < 0 || outputTokens < 0) {
            throw new IllegalArgumentException("token counts must not be negative");
        }
    }

    /** An answer the visitor can be shown. */
    public static LlmAnswer covered(String text, long inputTokens, long outputTokens) {
        return new LlmAnswer(text, inputTokens, outputTokens, false);
    }

    /** The model's verdict that the FAQ does not cover the question. */
    public static LlmAnswer notCovered(long inputTokens, long outputTokens) {
        return new LlmAnswer("", inputTokens, outputTokens, true);
    }
}
