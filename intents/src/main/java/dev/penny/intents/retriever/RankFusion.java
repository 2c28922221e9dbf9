package dev.penny.intents.retriever;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reciprocal rank fusion (Cormack, Clarke and Büttcher, SIGIR 2009): an owner scores {@code 1 / (k + rank)} summed
 * over the rankings it appears in. It needs no score normalisation, so BM25's unbounded scores and cosine
 * similarities combine without a weight fitted to one data set; {@code k = 60} is the paper's value, kept untuned.
 */
final class RankFusion {

    static final int K = 60;

    private RankFusion() {}

    /**
     * Fuses the lexical and dense rankings, best first; each result keeps its dense similarity (or NaN when the dense
     * ranking did not hold it).
     */
    static List<RankedOwner> fuse(List<RankedOwner> lexical, List<RankedOwner> dense) {
        Map<Integer, Double> scores = new HashMap<>();
        Map<Integer, Double> similarity = new HashMap<>();
        add(lexical, scores);
        add(dense, scores);
        dense.forEach(r -> similarity.put(r.owner(), r.similarity()));
        List<RankedOwner> fused = new ArrayList<>(scores.size());
        scores.forEach(
                (owner, score) -> fused.add(new RankedOwner(owner, score, similarity.getOrDefault(owner, Double.NaN))));
        // ties (an owner first in one ranking, another first in the other) go to the closer meaning
        fused.sort((a, b) -> {
            int byScore = Double.compare(b.score(), a.score());
            return byScore != 0 ? byScore : Double.compare(nanLast(b.similarity()), nanLast(a.similarity()));
        });
        return fused;
    }

    private static void add(List<RankedOwner> ranking, Map<Integer, Double> scores) {
        for (int rank = 0; rank < ranking.size(); rank++) {
            scores.merge(ranking.get(rank).owner(), 1.0 / (K + rank + 1), Double::sum);
        }
    }

    private static double nanLast(double value) {
        return Double.isNaN(value) ? Double.NEGATIVE_INFINITY : value;
    }
}
