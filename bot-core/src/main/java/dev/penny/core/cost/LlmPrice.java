package dev.penny.core.cost;

/**
 * What an LLM provider charges, per million tokens.
 *
 * @param inputMicroDollarsPerMillionTokens price of a million prompt tokens ($0.15 is 150 000)
 * @param outputMicroDollarsPerMillionTokens price of a million answer tokens
 */
public record LlmPrice(long inputMicroDollarsPerMillionTokens, long outputMicroDollarsPerMillionTokens) {

    private static final long MILLION = 1_000_000L;

    public LlmPrice {
        if (inputMicroDollarsPerMillionTokens < 0 || outputMicroDollarsPerMillionTokens < 0) {
            throw new IllegalArgumentException("prices must not be negative");
        }
    }

    /** What {@code tokens} prompt tokens cost. */
    public long inputCost(long tokens) {
        return cost(tokens, inputMicroDollarsPerMillionTokens);
    }

    /** What {@code tokens} answer tokens cost. */
    public long outputCost(long tokens) {
        return cost(tokens, outputMicroDollarsPerMillionTokens);
    }

    // Rounded up: a fraction of a micro-dollar is still spent, and budgets should err towards stopping early.
    private static long cost(long tokens, long perMillion) {
        long product = Math.multiplyExact(tokens, perMillion);
        return product / MILLION + (product % MILLION == 0 ? 0 : 1);
    }
}
