package dev.penny.intents.retriever;

/**
 * An owner's place in a ranking.
 *
 * @param owner the owner's index, as in {@link SearchDocument#owner()}
 * @param score what the ranking ordered by: the fused score, BM25 or cosine similarity
 * @param similarity the best cosine similarity of the question to the owner's texts, in [-1, 1]; what thresholds are
 *     calibrated on, since it means the same whatever else is indexed
 */
public record RankedOwner(int owner, double score, double similarity) {}
