package dev.penny.channels.cost;

import dev.penny.core.cost.CostKind;
import dev.penny.core.cost.CostTotals;

/**
 * What some traffic cost, and what it would have cost had every message gone to the LLM. Money in integer
 * micro-dollars (1 000 000 = $1).
 *
 * @param llmInputTokens prompt tokens billed by the LLM provider
 * @param llmOutputTokens answer tokens billed
 * @param llmMicroDollars what the LLM cost
 * @param classifications messages classified by the local model
 * @param classificationMicroDollars their estimated compute cost
 * @param agentSeconds agents' time on the conversations
 * @param agentMicroDollars what that time cost
 * @param spentMicroDollars everything spent: LLM, local classification and agents
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
        long spentMicroDollars,
        long allLlmMicroDollars,
        long savingMicroDollars) {

    static CostView of(CostTotals totals) {
        long classification = totals.microDollars(CostKind.LOCAL_CLASSIFICATION);
        return new CostView(
                totals.units(CostKind.LLM_INPUT_TOKENS),
                totals.units(CostKind.LLM_OUTPUT_TOKENS),
                totals.llmMicroDollars(),
                totals.units(CostKind.LOCAL_CLASSIFICATION),
                classification,
                totals.units(CostKind.AGENT_SECONDS),
                totals.microDollars(CostKind.AGENT_SECONDS),
                totals.spentMicroDollars(),
                totals.allLlmBaselineMicroDollars(),
                totals.allLlmBaselineMicroDollars() - totals.llmMicroDollars() - classification);
    }
}
