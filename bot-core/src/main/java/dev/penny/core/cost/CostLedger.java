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

    /** Adds an event to its conversation's totals, if it has a conversation, and to today's. */
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

    /**
     * {@link #conversationTotals} of each conversation, in the order of {@code ids}; a ledger across a network reads
     * them all in one round trip.
     */
    default List<CostTotals> conversationTotalsOfEach(List<ConversationId> ids) {
        return ids.stream().map(this::conversationTotals).toList();
    }

    /**
     * Forgets a conversation's totals at once, e.g. when its visitor asks for their data to be erased. The day's totals
     * keep what it cost: they are sums over every conversation and say nothing about one visitor.
     */
    void erase(ConversationId id);

    /** Everything recorded on one day, across conversations. */
    CostTotals dailyTotals(LocalDate day);

    /**
     * Whether an LLM call expected to cost {@code plannedMicroDollars} fits the conversation's and today's budget. A
     * check alone does not hold the budget: calls checked at the same moment may together overshoot it; {@link
     * #reserveLlm} does not.
     */
    BudgetVerdict checkLlmBudget(ConversationId id, LlmBudget budget, long plannedMicroDollars);

    /**
     * Holds {@code microDollars} of the conversation's and of today's LLM budget for a call about to be made, if both
     * have that much left counting what was spent and what other calls hold. Atomic: however many calls reserve at
     * once, from however many processes, what is spent and held never exceeds either budget. A refused reservation
     * holds nothing. Settle every granted one with {@link #settleLlm}; one never settled (its process died during the
     * call) keeps holding its amount, erring on the side of spending less.
     */
    LlmReservation reserveLlm(ConversationId id, LlmBudget budget, long microDollars);

    /**
     * Holds {@code microDollars} of today's LLM budget alone for a call made outside any conversation (the editor's
     * suggested examples), if the day has that much left counting what was spent and what other calls hold, the
     * visitors' included. Atomic as {@link #reserveLlm} is; the reservation has no conversation and is settled with
     * {@link #settleLlm} the same way, with events {@linkplain CostEvent#outsideConversations outside conversations}.
     */
    LlmReservation reserveDailyLlm(LlmBudget budget, long microDollars);

    /**
     * Ends a granted reservation: releases what it held and records {@code actual}, what the call really used (none
     * when it failed), in the same step for each of the conversation's and the day's totals.
     */
    void settleLlm(LlmReservation reservation, List<CostEvent> actual);
}
