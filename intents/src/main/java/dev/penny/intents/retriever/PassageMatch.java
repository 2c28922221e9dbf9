package dev.penny.intents.retriever;

import dev.penny.intents.knowledge.Passage;

/**
 * An article passage and how well it matches a question.
 *
 * @param passage the passage
 * @param score its cosine similarity to the question, clamped to [0, 1]: comparable across versions, so a threshold
 *     calibrated on it keeps its meaning
 */
public record PassageMatch(Passage passage, double score) {}
