package dev.penny.core.cost;

/** What a {@link CostEvent} counts, and in which unit. */
public enum CostKind {
    /** Prompt tokens billed by the LLM provider; units are tokens. */
    LLM_INPUT_TOKENS(true),
    /** Answer tokens billed by the LLM provider; units are tokens. */
    LLM_OUTPUT_TOKENS(true),
    /** Classifying a message with the local model; units are messages, the cost is compute. */
    LOCAL_CLASSIFICATION(true),
    /** A person's time on a conversation; units are seconds. */
    AGENT_SECONDS(true),
    /**
     * Not spent: what a message would have cost had it gone to the LLM instead of the local model, so reports can
     * show what the local model saves. Units are estimated tokens, prompt and answer together.
     */
    ALL_LLM_BASELINE(false),
    /**
     * Prompt tokens of the editor's LLM calls (suggested examples), billed outside any conversation; units are tokens.
     * Counted against the day's LLM budget, never a conversation's.
     */
    EDITOR_LLM_INPUT_TOKENS(true),
    /** Answer tokens of the editor's LLM calls; units are tokens. */
    EDITOR_LLM_OUTPUT_TOKENS(true);

    private final boolean spent;

    CostKind(boolean spent) {
        this.spent = spent;
    }

    /** True for money actually spent; false for the all-LLM baseline. */
    public boolean spent() {
        return spent;
    }

    /** True for the LLM spending that {@link LlmBudget} caps: visitors' conversations' and the editor's. */
    public boolean llm() {
        return this == LLM_INPUT_TOKENS
                || this == LLM_OUTPUT_TOKENS
                || this == EDITOR_LLM_INPUT_TOKENS
                || this == EDITOR_LLM_OUTPUT_TOKENS;
    }

    /**
     * True for costs of a conversation; false for the editor's, which belong to no conversation and are recorded in
     * the day's totals only, under their own kinds, so reports can tell them from the visitors' spending.
     */
    public boolean ofConversation() {
        return this != EDITOR_LLM_INPUT_TOKENS && this != EDITOR_LLM_OUTPUT_TOKENS;
    }
}
