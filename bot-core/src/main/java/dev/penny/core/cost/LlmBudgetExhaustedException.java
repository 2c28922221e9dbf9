package dev.penny.core.cost;

/**
 * An LLM call was not made: the budget it would draw on has not enough left. Thrown by {@link EditorLlmSpending};
 * visitors' calls hand off to a person instead.
 */
public final class LlmBudgetExhaustedException extends RuntimeException {

    /** @param detail which budget, how much spent of how much */
    public LlmBudgetExhaustedException(String detail) {
        super(detail);
    }
}
