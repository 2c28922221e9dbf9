package dev.penny.core.understanding;

/**
 * An FAQ entry and how well it matches a question.
 *
 * @param entry the matching entry
 * @param score relevance in [0, 1], higher is better; comparable within one retriever only
 */
public record FaqMatch(FaqEntry entry, double score) {}
