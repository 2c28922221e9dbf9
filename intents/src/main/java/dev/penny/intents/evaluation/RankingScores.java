package dev.penny.intents.evaluation;

import java.util.List;
import java.util.Set;

/**
 * Ranking quality over a query set. A query counts as found at {@code k} when any of its relevant articles is in
 * the first {@code k} (the usual reading of recall@k for FAQ retrieval, where most queries have one answer); MRR is
 * the mean reciprocal rank of the first relevant article; nDCG@10 uses binary gains.
 */
record RankingScores(double recallAt1, double recallAt5, double mrr, double ndcgAt10) {

    static RankingScores of(List<List<String>> rankings, List<Set<String>> relevant) {
        double r1 = 0;
        double r5 = 0;
        double mrr = 0;
        double ndcg = 0;
        for (int q = 0; q < rankings.size(); q++) {
            List<String> ranked = rankings.get(q);
            Set<String> rel = relevant.get(q);
            int first = -1;
            double dcg = 0;
            for (int i = 0; i < ranked.size(); i++) {
                if (rel.contains(ranked.get(i))) {
                    first = first < 0 ? i : first;
                    dcg += i < 10 ? 1 / log2(i + 2) : 0;
                }
            }
            double ideal = 0;
            for (int i = 0; i < Math.min(10, rel.size()); i++) {
                ideal += 1 / log2(i + 2);
            }
            r1 += first == 0 ? 1 : 0;
            r5 += first >= 0 && first < 5 ? 1 : 0;
            mrr += first >= 0 ? 1.0 / (first + 1) : 0;
            ndcg += dcg / ideal;
        }
        int n = Math.max(1, rankings.size());
        return new RankingScores(r1 / n, r5 / n, mrr / n, ndcg / n);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
