package dev.penny.intents.evaluation;

import dev.penny.intents.encoder.EncoderModel;
import dev.penny.intents.encoder.OnnxSentenceEncoder;
import dev.penny.intents.encoder.SentenceEncoder;
import dev.penny.intents.knowledge.ArticlePassages;
import dev.penny.intents.knowledge.Passage;
import dev.penny.intents.knowledge.PassageDocuments;
import dev.penny.intents.retriever.Fusion;
import dev.penny.intents.retriever.HybridIndex;
import dev.penny.intents.retriever.RankedOwner;
import dev.penny.intents.retriever.SearchDocument;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scratch: fusion and lexical-field variants on retrieval sets, scored on the even and odd queries separately (choose
 * on one half, read the other) and on all.
 *
 * <p>{@code java -cp ... dev.penny.intents.evaluation.FusionVariants CACHE DIR...}
 */
final class FusionVariants {

    private FusionVariants() {}

    public static void main(String[] args) throws IOException {
        Path cacheFile = Path.of(args[0]);
        Map<String, float[]> cache = load(cacheFile);
        try (SentenceEncoder real = OnnxSentenceEncoder.load(EncoderModel.bgeSmallEnV15Quantized())) {
            SentenceEncoder encoder = new FileCached(real, cache);
            for (int s = 1; s < args.length; s++) {
                Path dir = Path.of(args[s]);
                RetrievalSet set = RetrievalSet.read(dir.resolve("docs.jsonl"), dir.resolve("queries.jsonl"));
                for (String lexical : List.of("label+text", "label2+text", "label-only")) {
                    run(dir.getFileName().toString(), lexical, set, encoder);
                }
            }
        } finally {
            save(cacheFile, cache);
        }
    }

    private static void run(String name, String lexical, RetrievalSet set, SentenceEncoder encoder) {
        List<SearchDocument> documents = new ArrayList<>();
        for (int a = 0; a < set.articles().size(); a++) {
            for (Passage passage : ArticlePassages.of(set.articles().get(a))) {
                SearchDocument d = PassageDocuments.of(passage, a);
                String words = switch (lexical) {
                    case "label2+text" -> passage.label() + "\n" + d.words();
                    case "label-only" -> passage.label();
                    default -> d.words();
                };
                documents.add(new SearchDocument(a, words, d.meanings()));
            }
        }
        HybridIndex index = HybridIndex.build(documents, "en", encoder, null);
        List<String> texts =
                set.queries().stream().map(RetrievalSet.Query::text).toList();
        float[][] vectors = encoder.encode(texts);
        List<List<RankedOwner>> words = new ArrayList<>();
        List<List<RankedOwner>> meanings = new ArrayList<>();
        for (int q = 0; q < texts.size(); q++) {
            words.add(index.searchWords(texts.get(q), 100));
            meanings.add(index.searchMeaning(vectors[q], 100));
        }
        print(name, lexical, "bm25", words, set);
        print(name, lexical, "dense", meanings, set);
        for (double w : new double[] {0.01, 0.02, 0.03, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3}) {
            print(
                    name,
                    lexical,
                    "convex " + w,
                    fuse(words, meanings, (l, d) -> Fusion.convex(w).fuse(l, d)),
                    set);
        }
        for (double w : new double[] {0.1, 0.2, 0.3, 0.4, 0.5}) {
            print(name, lexical, "minmax " + w, fuse(words, meanings, (l, d) -> minMax(l, d, w)), set);
        }
        for (int k : new int[] {10, 60}) {
            print(
                    name,
                    lexical,
                    "rrf " + k,
                    fuse(words, meanings, (l, d) -> Fusion.reciprocalRank(k).fuse(l, d)),
                    set);
        }
    }

    /** Both rankings min-max scaled over their own candidates, then combined convexly. */
    static List<RankedOwner> minMax(List<RankedOwner> lexical, List<RankedOwner> dense, double w) {
        Map<Integer, Double> scores = new HashMap<>();
        add(lexical, w, scores);
        add(dense, 1 - w, scores);
        List<RankedOwner> out = new ArrayList<>();
        scores.forEach((o, s) -> out.add(new RankedOwner(o, s, Double.NaN)));
        out.sort((a, b) -> Double.compare(b.score(), a.score()));
        return out;
    }

    private static void add(List<RankedOwner> ranking, double w, Map<Integer, Double> scores) {
        if (ranking.isEmpty()) {
            return;
        }
        double max = ranking.get(0).score();
        double min = ranking.get(ranking.size() - 1).score();
        for (RankedOwner r : ranking) {
            double scaled = max > min ? (r.score() - min) / (max - min) : 1;
            scores.merge(r.owner(), w * scaled, Double::sum);
        }
    }

    interface Fuser {
        List<RankedOwner> fuse(List<RankedOwner> lexical, List<RankedOwner> dense);
    }

    private static List<List<RankedOwner>> fuse(
            List<List<RankedOwner>> words, List<List<RankedOwner>> meanings, Fuser fuser) {
        List<List<RankedOwner>> out = new ArrayList<>();
        for (int q = 0; q < words.size(); q++) {
            out.add(fuser.fuse(words.get(q), meanings.get(q)));
        }
        return out;
    }

    private static void print(
            String set, String lexical, String method, List<List<RankedOwner>> rankings, RetrievalSet data) {
        StringBuilder line = new StringBuilder(String.format("VARIANT %s | %s | %s", set, lexical, method));
        for (int half = 0; half < 3; half++) {
            List<List<String>> ids = new ArrayList<>();
            List<Set<String>> relevant = new ArrayList<>();
            for (int q = 0; q < rankings.size(); q++) {
                if (half < 2 && q % 2 != half) {
                    continue;
                }
                ids.add(rankings.get(q).stream()
                        .limit(100)
                        .map(o -> data.articles().get(o.owner()).id())
                        .toList());
                relevant.add(data.queries().get(q).relevant());
            }
            RankingScores s = RankingScores.of(ids, relevant);
            line.append(String.format(
                    " | %s R5 %.4f MRR %.4f R1 %.4f",
                    half == 0 ? "even" : half == 1 ? "odd" : "all", s.recallAt5(), s.mrr(), s.recallAt1()));
        }
        System.out.println(line);
    }

    private static Map<String, float[]> load(Path file) throws IOException {
        Map<String, float[]> cache = new HashMap<>();
        if (Files.exists(file)) {
            try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
                int n = in.readInt();
                for (int i = 0; i < n; i++) {
                    String text = in.readUTF();
                    float[] v = new float[in.readInt()];
                    for (int d = 0; d < v.length; d++) {
                        v[d] = in.readFloat();
                    }
                    cache.put(text, v);
                }
            }
        }
        return cache;
    }

    private static void save(Path file, Map<String, float[]> cache) throws IOException {
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(file))) {
            out.writeInt(cache.size());
            for (Map.Entry<String, float[]> e : cache.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue().length);
                for (float f : e.getValue()) {
                    out.writeFloat(f);
                }
            }
        }
    }

    /** Encodes only what the cache lacks. */
    private record FileCached(SentenceEncoder real, Map<String, float[]> cache) implements SentenceEncoder {
        @Override
        public String name() {
            return real.name();
        }

        @Override
        public int dimension() {
            return real.dimension();
        }

        @Override
        public synchronized float[][] encode(List<String> texts) {
            LinkedHashSet<String> missing = new LinkedHashSet<>();
            texts.forEach(t -> {
                if (!cache.containsKey(t)) {
                    missing.add(t);
                }
            });
            if (!missing.isEmpty()) {
                List<String> batch = new ArrayList<>(missing);
                float[][] v = real.encode(batch);
                for (int i = 0; i < batch.size(); i++) {
                    cache.put(batch.get(i), v[i]);
                }
            }
            float[][] out = new float[texts.size()][];
            for (int i = 0; i < out.length; i++) {
                out[i] = cache.get(texts.get(i)).clone();
            }
            return out;
        }

        @Override
        public void close() {}
    }
}
