package dev.penny.core.cost;

import dev.penny.core.conversation.ConversationId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Part of the LLM budget held for one call while it runs, from {@link CostLedger#reserveLlm} until {@link
 * CostLedger#settleLlm}.
 *
 * @param conversationId the conversation whose budget it holds; null when it holds only the day's, for a call outside
 *     any conversation ({@link CostLedger#reserveDailyLlm})
 * @param day the day whose budget it holds: the day it was reserved, also when the call ends after midnight
 * @param microDollars how much it holds; 0 when refused
 * @param verdict whether it was granted, and for people, how much of which budget was spent
 */
public record LlmReservation(ConversationId conversationId, LocalDate day, long microDollars, BudgetVerdict verdict) {

    public LlmReservation {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(verdict, "verdict");
        if (microDollars < 0 || (!verdict.withinBudget() && microDollars != 0)) {
            throw new IllegalArgumentException("a reservation holds a non-negative amount, and nothing when refused");
        }
    }

    /** True when the call may go ahead. */
    public boolean granted() {
        return verdict.withinBudget();
    }
}
