package dev.penny.core.cost;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * The editor's LLM calls (suggested examples), made outside any conversation, under the same daily LLM budget as the
 * visitors' calls: each call holds its most expensive outcome of today's budget before it is made ({@link
 * CostLedger#reserveDailyLlm}), and is settled after with the tokens the provider reported, recorded as {@link
 * CostKind#EDITOR_LLM_INPUT_TOKENS} and {@link CostKind#EDITOR_LLM_OUTPUT_TOKENS}. A call that fails releases its hold
 * and records nothing, as a failed call in a conversation does.
 */
public final class EditorLlmSpending {

    /**
     * What an LLM call returned, and the tokens the provider billed for it.
     *
     * @param result what the caller gets back
     * @param inputTokens prompt tokens billed, not negative
     * @param outputTokens answer tokens billed, not negative
     */
    public record Billed<T>(T result, long inputTokens, long outputTokens) {

        public Billed {
            if (inputTokens < 0 || outputTokens < 0) {
                throw new IllegalArgumentException("token counts must not be negative");
            }
        }
    }

    private final CostLedger ledger;
    private final CostSettings costs;

    public EditorLlmSpending(CostLedger ledger, CostSettings costs) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.costs = Objects.requireNonNull(costs, "costs");
    }

    /**
     * Makes one call within today's LLM budget and records what it cost.
     *
     * @param prompt the call's own text (e.g. the intent's examples), for the estimate of its prompt tokens; the
     *     settings' estimated prompt tokens are added for the fixed instructions around it
     * @param maxOutputTokens the answer length cap the call sends; when empty the reservation assumes the settings'
     *     typical answer, which a call without a cap may exceed
     * @param call the call itself; a {@link RuntimeException} it throws is rethrown after the hold is released
     * @throws LlmBudgetExhaustedException without making the call, when today's budget cannot hold it
     */
    public <T> T spend(String prompt, OptionalLong maxOutputTokens, Supplier<Billed<T>> call) {
        long reserved = reservation(prompt, maxOutputTokens);
        LlmReservation reservation = ledger.reserveDailyLlm(costs.llmBudget(), reserved);
        if (!reservation.granted()) {
            throw new LlmBudgetExhaustedException(reservation.verdict().detail());
        }
        Billed<T> billed;
        try {
            billed = Objects.requireNonNull(call.get(), "the call returned nothing");
        } catch (RuntimeException e) {
            ledger.settleLlm(reservation, List.of());
            throw e;
        }
        ledger.settleLlm(reservation, events(billed));
        return billed.result();
    }

    /** What {@link #spend} holds for a call: the estimated prompt and the longest answer allowed. */
    long reservation(String prompt, OptionalLong maxOutputTokens) {
        return costs.reservedLlmCost(prompt, maxOutputTokens);
    }

    private List<CostEvent> events(Billed<?> billed) {
        return List.of(
                CostEvent.outsideConversations(
                        CostKind.EDITOR_LLM_INPUT_TOKENS,
                        billed.inputTokens(),
                        costs.llmPrice().inputCost(billed.inputTokens())),
                CostEvent.outsideConversations(
                        CostKind.EDITOR_LLM_OUTPUT_TOKENS,
                        billed.outputTokens(),
                        costs.llmPrice().outputCost(billed.outputTokens())));
    }
}
