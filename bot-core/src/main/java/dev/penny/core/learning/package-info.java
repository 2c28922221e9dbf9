/**
 * Learning from traffic: the visitor questions the FAQ could not answer (they went to the LLM or to a person) and what
 * agents replied to them, kept so that catalog owners can turn them into new intents or new examples ({@link
 * dev.penny.core.learning.MissedQuestions} with its in-memory twin and null object).
 */
package dev.penny.core.learning;
