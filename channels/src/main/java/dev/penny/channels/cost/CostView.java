package dev.penny.channels.cost;

import dev.penny.core.cost.CostKind;
import dev.penny.core.cost.CostTotals;

/**
 * What some traffic cost, and what it would have cost had every message gone to the LLM. Money in integer
 * micro-dollars (1 000 000 = $1).
 *
 * @param llmInputTokens prompt tokens billed by the LLM provider
 * @param llmOutputTokens answer tokens billed
 * @param llmMicroDollars what the LLM cost in conversations
 * @param classifications messages classified by the local model
 * @param classificationMicroDollars their estimated compute cost
 * @param agentSeconds agents' time on the conversations
 * @param agentMicroDollars what that time cost
 * @param editorLlmInputTokens prompt tokens of the editor's LLM calls (suggested examples); daily totals only, as they
 *     belong to no conversation
 * @param editorLlmOutputTokens answer tokens of the editor's LLM calls
 * @param editorLlmMicroDollars what the editor's LLM calls cost; the daily LLM budget covers them and the
 *     conversations' LLM calls together
 * @param spentMicroDollars everything spent: LLM (the editor's included), local classification and agents
 * @param allLlmMicroDollars the counterfactual: the same messages all answered by the LLM (an estimate)
 * @param savingMicroDollars what the local model saved on the LLM bill: the counterfactual minus what was spent on
 *     the LLM and on local classification (agents' time is not counted; an all-LLM bot hands off too); negative when
 *     the LLM cost more than the counterfactual estimate
 */
record CostView(
        long llmInputTokens,
        long llmOutputTokens,
        long llmMicroDollars,
        long classifications,
        long classificationMicroDollars,
        long agentSeconds,
        long agentMicroDollars,
        long editorLlmInputTokens,
        long editorLlmOutputTokens,
        long editorLlmMicroDollars,
        long spentMicroDollars,
        long allLlmMicroDollars,
        long savingMicroDollars) {

    static CostView of(CostTotals totals) {
        long classification = totals.microDollars(CostKind.LOCAL_CLASSIFICATION);
        long llm = totals.microDollars(CostKind.LLM_INPUT_TOKENS) + totals.microDollars(CostKind.LLM_OUTPUT_TOKENS);
        return new CostView(
                totals.units(CostKind.LLM_INPUT_TOKENS),
                totals.units(CostKind.LLM_OUTPUT_TOKENS),
                llm,
                totals.units(CostKind.LOCAL_CLASSIFICATION),
                classification,
                totals.units(CostKind.AGENT_SECONDS),
                totals.microDollars(CostKind.AGENT_SECONDS),
                totals.units(CostKind.EDITOR_LLM_INPUT_TOKENS),
                totals.units(CostKind.EDITOR_LLM_OUTPUT_TOKENS),
                totals.microDollars(CostKind.EDITOR_LLM_INPUT_TOKENS)
                        + totals.microDollars(CostKind.EDITOR_LLM_OUTPUT_TOKENS),
                totals.spentMicroDollars(),
                totals.allLlmBaselineMicroDollars(),
                // the editor's calls answer no visitor: the saving compares what visitors' messages cost
                totals.allLlmBaselineMicroDollars() - llm - classification);
    }
}
