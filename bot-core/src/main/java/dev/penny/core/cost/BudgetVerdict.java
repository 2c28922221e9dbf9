package dev.penny.core.cost;

/**
 * Whether a planned LLM call fits the budget.
 *
 * @param withinBudget true when it fits both the conversation's and the day's budget
 * @param detail for people: which budget, how much spent of how much
 */
public record BudgetVerdict(boolean withinBudget, String detail) {}
