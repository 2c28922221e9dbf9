package dev.penny.core.cost;

import dev.penny.core.conversation.ConversationId;
import java.time.LocalDate;
import java.util.List;

/**
 * Counts what conversations cost, per conversation and per calendar day, and checks LLM budgets.
 *
 * <p>Days are calendar days in the zone of the ledger's {@link java.time.Clock}; give it a UTC clock unless finance
 * counts days elsewhere. Recording is atomic: events recorded from many threads or processes at once are all counted.
 * A conversation's totals expire with the conversation; daily totals are kept for reports.
 */
public interface CostLedger {

    /** Adds an event to its conversation's totals and to today's. */
    void record(CostEvent event);

    /**
     * Records several events as {@link #record(CostEvent)} would each, so what one message costs reaches a ledger
     * across a network in one round trip.
     */
    default void recordAll(List<CostEvent> events) {
        events.forEach(this::record);
    }

    /** Everything recorded for one conversation; {@link CostTotals#NONE} when nothing was, or it expired. */
    CostTotals conversationTotals(ConversationId id);

    /** Everything recorded on one day, across conversations. */
    CostTotals dailyTotals(LocalDate day);

    /**
     * Whether an LLM call expected to cost {@code plannedMicroDollars} fits the conversation's and today's budget.
     */
    BudgetVerdict checkLlmBudget(ConversationId id, LlmBudget budget, long plannedMicroDollars);
}
