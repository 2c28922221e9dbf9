package dev.penny.core.cost;

/**
 * Caps on LLM spending. When a planned call would exceed either, the bot hands off to a person instead.
 *
 * <p>The engine reserves a call's most expensive outcome before making it ({@link CostLedger#reserveLlm}) and settles
 * the real usage after, so calls running at the same moment cannot together overshoot a cap.
 *
 * @param perConversationMicroDollars the most one conversation may spend on the LLM
 * @param perDayMicroDollars the most all conversations together may spend on the LLM in one calendar day
 */
public record LlmBudget(long perConversationMicroDollars, long perDayMicroDollars) {

    public LlmBudget {
        if (perConversationMicroDollars < 0 || perDayMicroDollars < 0) {
            throw new IllegalArgumentException("budgets must not be negative");
        }
    }

    /** No caps. */
    public static LlmBudget unlimited() {
        return new LlmBudget(Long.MAX_VALUE, Long.MAX_VALUE);
    }

    /** This budget's daily cap alone, for calls outside any conversation. */
    public LlmBudget dailyOnly() {
        return new LlmBudget(Long.MAX_VALUE, perDayMicroDollars);
    }

    /**
     * Whether spending {@code plannedMicroDollars} more fits, given what was spent so far.
     *
     * @param conversation the conversation's totals so far
     * @param today today's totals so far
     */
    public BudgetVerdict check(CostTotals conversation, CostTotals today, long plannedMicroDollars) {
        return check(conversation.llmMicroDollars(), today.llmMicroDollars(), plannedMicroDollars);
    }

    /**
     * Whether spending {@code plannedMicroDollars} more fits, given what the conversation and all conversations today
     * spent (or hold) so far, in micro-dollars.
     */
    public BudgetVerdict check(long conversationSpent, long daySpent, long plannedMicroDollars) {
        if (exceeds(conversationSpent, plannedMicroDollars, perConversationMicroDollars)) {
            return new BudgetVerdict(
                    false, "conversation LLM budget spent: " + spent(conversationSpent, perConversationMicroDollars));
        }
        if (exceeds(daySpent, plannedMicroDollars, perDayMicroDollars)) {
            return new BudgetVerdict(false, "daily LLM budget spent: " + spent(daySpent, perDayMicroDollars));
        }
        return new BudgetVerdict(
                true,
                "within LLM budget: conversation " + spent(conversationSpent, perConversationMicroDollars) + ", today "
                        + spent(daySpent, perDayMicroDollars));
    }

    private static boolean exceeds(long spent, long planned, long cap) {
        // Nothing left also stops a call planned at zero cost; cap - spent cannot overflow once spent < cap.
        return spent >= cap || planned > cap - spent;
    }

    private static String spent(long spent, long cap) {
        return MicroDollars.format(spent) + " of " + (cap == Long.MAX_VALUE ? "unlimited" : MicroDollars.format(cap));
    }
}
