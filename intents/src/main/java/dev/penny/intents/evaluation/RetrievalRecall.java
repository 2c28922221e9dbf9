package dev.penny.intents.evaluation;

import dev.penny.core.understanding.FaqMatch;
import dev.penny.intents.catalog.Catalog;
import dev.penny.intents.catalog.JsonlImport;
import dev.penny.intents.catalog.LabelledExample;
import dev.penny.intents.encoder.SentenceEncoder;
import dev.penny.intents.evaluation.Candidate.Example;
import dev.penny.intents.retriever.EmbeddingFaqRetriever;
import java.util.List;
import java.util.Map;

/**
 * How often the retriever puts the right FAQ entry first, and among the first three (what "did you mean" choices
 * and LLM grounding use), on the in-scope test rows.
 *
 * @param recallAt1 share of rows whose right entry ranks first
 * @param recallAt3 share of rows whose right entry is in the top three
 * @param medianMs median time of one retrieval
 */
record RetrievalRecall(double recallAt1, double recallAt3, double medianMs) {

    static RetrievalRecall measure(SentenceEncoder encoder, List<Example> train, List<Example> test) {
        Catalog catalog = JsonlImport.fromExamples(
                train.stream()
                        .map(e -> new LabelledExample(e.text(), e.intentId()))
                        .toList(),
                "en",
                Map.of());
        EmbeddingFaqRetriever retriever = EmbeddingFaqRetriever.index(catalog, encoder);
        int rows = 0;
        int first = 0;
        int top3 = 0;
        double[] ms = new double[test.size()];
        for (Example row : test) {
            if (row.intentId().equals(UnknownIntents.OUT_OF_SCOPE)) {
                continue;
            }
            long started = System.nanoTime();
            List<FaqMatch> matches = retriever.retrieve(row.text(), 3);
            ms[rows] = (System.nanoTime() - started) / 1e6;
            String expected = JsonlImport.intentId(row.intentId());
            for (int k = 0; k < matches.size(); k++) {
                if (matches.get(k).entry().intentId().equals(expected)) {
                    top3++;
                    first += k == 0 ? 1 : 0;
                    break;
                }
            }
            rows++;
        }
        double[] measured = java.util.Arrays.copyOf(ms, rows);
        java.util.Arrays.sort(measured);
        return new RetrievalRecall(
                first / (double) Math.max(rows, 1), top3 / (double) Math.max(rows, 1), Speed.percentile(measured, 0.5));
    }
}
