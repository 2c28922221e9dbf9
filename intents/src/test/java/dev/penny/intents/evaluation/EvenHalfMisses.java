package dev.penny.intents.evaluation;

import dev.penny.intents.encoder.EncoderModel;
import dev.penny.intents.encoder.OnnxSentenceEncoder;
import dev.penny.intents.encoder.SentenceEncoder;
import dev.penny.intents.retriever.HybridIndex;
import dev.penny.intents.retriever.RankedOwner;
import dev.penny.intents.retriever.SearchDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scratch: the even-half questions (the half fusions are chosen on) whose answer the encoder alone ranks below 5th,
 * with the answer's rank by BM25 and the encoder's top 3: whether the words could rescue what the meaning misses.
 *
 * <p>{@code java -cp ... dev.penny.intents.evaluation.EvenHalfMisses CACHE DIR}
 */
final class EvenHalfMisses {

    private EvenHalfMisses() {}

    public static void main(String[] args) throws IOException {
        Map<String, float[]> cache = FusionVariants.load(Path.of(args[0]));
        RetrievalSet set = RetrievalSet.read(Path.of(args[1], "docs.jsonl"), Path.of(args[1], "queries.jsonl"));
        try (SentenceEncoder real = OnnxSentenceEncoder.load(EncoderModel.bgeSmallEnV15Quantized())) {
            SentenceEncoder encoder = new FusionVariants.FileCached(real, cache);
            List<String> texts =
                    set.queries().stream().map(RetrievalSet.Query::text).toList();
            float[][] vectors = encoder.encodeEach(texts);
            HybridIndex index =
                    HybridIndex.build(FusionVariants.documents(set, SearchDocument::meanings), "en", encoder, null);
            List<List<RankedOwner>> words = FusionVariants.words("label+text", set, encoder, texts);
            for (int q = 0; q < texts.size(); q += 2) {
                List<RankedOwner> meaning = index.searchMeaning(vectors[q], Integer.MAX_VALUE);
                Set<String> relevant = set.queries().get(q).relevant();
                int rank = rank(meaning, relevant, set);
                if (rank > 5) {
                    System.out.printf(
                            "%s%n  encoder rank %d, BM25 rank %d; answer %s%n",
                            texts.get(q),
                            rank,
                            rank(words.get(q), relevant, set),
                            set.articles().stream()
                                    .filter(a -> relevant.contains(a.id()))
                                    .map(a -> a.title())
                                    .toList());
                    for (int i = 0; i < 3; i++) {
                        System.out.printf(
                                "  %d. %.3f %s%n",
                                i + 1,
                                meaning.get(i).score(),
                                set.articles().get(meaning.get(i).owner()).title());
                    }
                }
            }
        }
    }

    /** The first relevant owner's rank, from 1; -1 when the ranking does not hold one. */
    private static int rank(List<RankedOwner> ranking, Set<String> relevant, RetrievalSet set) {
        for (int i = 0; i < ranking.size(); i++) {
            if (relevant.contains(set.articles().get(ranking.get(i).owner()).id())) {
                return i + 1;
            }
        }
        return -1;
    }
}
