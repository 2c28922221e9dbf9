package dev.penny.intents.retriever;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How the word ranking and the meaning ranking combine into one.
 *
 * <ul>
 *   <li>{@link #convex(double)}: each owner scores {@code w * bm25 / best bm25 + (1 - w) * cosine}, the BM25 score
 *       scaled by the question's best one so that both parts lie in [0, 1]; an owner BM25 did not find scores its
 *       cosine part alone. Bruch, Gai and Ingber (ACM TOIS 2023) found this convex combination better than rank
 *       fusion and its one weight learnt from few queries.
 *   <li>{@link #reciprocalRank(int)}: reciprocal rank fusion (Cormack, Clarke and Büttcher, SIGIR 2009), {@code 1 / (k
 *       + rank)} summed over both rankings; needs no weight, but treats both rankings as equally good.
 * </ul>
 *
 * @param convex true for the convex combination, false for reciprocal rank fusion
 * @param parameter the lexical weight {@code w} in [0, 1], or RRF's {@code k} (at least 1)
 */
public record Fusion(boolean convex, double parameter) {

    /** The fusion Penny ranks with; the weight's choice is argued with figures in docs/knowledge.md. */
    public static final Fusion DEFAULT = convex(0.05);

    public Fusion {
        if (convex ? !(parameter >= 0 && parameter <= 1) : !(parameter >= 1)) {
            throw new IllegalArgumentException("fusion parameter out of range: " + parameter);
        }
    }

    /** The convex combination with lexical weight {@code weight}. */
    public static Fusion convex(double weight) {
        return new Fusion(true, weight);
    }

    /** Reciprocal rank fusion with constant {@code k}. */
    public static Fusion reciprocalRank(int k) {
        return new Fusion(false, k);
    }

    /** "convex 0.30" or "rrf k=60". */
    public String label() {
        return convex ? String.format("convex %.3f", parameter) : String.format("rrf k=%d", (int) parameter);
    }

    /**
     * Fuses a BM25 ranking and a cosine ranking, best first; each result keeps its cosine similarity (NaN when the
     * meaning ranking did not hold it). Ties go to the closer meaning.
     */
    public List<RankedOwner> fuse(List<RankedOwner> lexical, List<RankedOwner> dense) {
        Map<Integer, Double> scores = new HashMap<>();
        Map<Integer, Double> similarity = new HashMap<>();
        dense.forEach(r -> similarity.put(r.owner(), r.similarity()));
        if (convex) {
            double best = lexical.isEmpty() ? 1 : lexical.get(0).score();
            lexical.forEach(r -> scores.merge(r.owner(), parameter * r.score() / best, Double::sum));
            dense.forEach(r -> scores.merge(r.owner(), (1 - parameter) * r.score(), Double::sum));
        } else {
            addRanks(lexical, scores);
            addRanks(dense, scores);
        }
        List<RankedOwner> fused = new ArrayList<>(scores.size());
        scores.forEach(
                (owner, score) -> fused.add(new RankedOwner(owner, score, similarity.getOrDefault(owner, Double.NaN))));
        fused.sort((a, b) -> {
            int byScore = Double.compare(b.score(), a.score());
            return byScore != 0 ? byScore : Double.compare(nanLast(b.similarity()), nanLast(a.similarity()));
        });
        return fused;
    }

    private void addRanks(List<RankedOwner> ranking, Map<Integer, Double> scores) {
        for (int rank = 0; rank < ranking.size(); rank++) {
            scores.merge(ranking.get(rank).owner(), 1.0 / (parameter + rank + 1), Double::sum);
        }
    }

    private static double nanLast(double value) {
        return Double.isNaN(value) ? Double.NEGATIVE_INFINITY : value;
    }
}
