package dev.penny.core.understanding;

/**
 * An article passage and how well it matches a question.
 *
 * @param passage the passage
 * @param score relevance in [0, 1], on the same scale as the same retriever's {@link FaqMatch} scores, so a threshold
 *     calibrated on it keeps its meaning when articles are added
 */
public record PassageMatch(ArticlePassage passage, double score) {}
