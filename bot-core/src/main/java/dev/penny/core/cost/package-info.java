/**
 * What answering visitors costs, in micro-dollars: LLM tokens, local classification, agents' time, and what the same
 * messages would have cost had every one gone to an LLM. Budgets cap LLM spending per conversation and per day.
 */
package dev.penny.core.cost;
