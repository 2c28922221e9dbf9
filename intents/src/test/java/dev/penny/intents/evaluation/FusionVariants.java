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
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Scratch: fusion and lexical-field variants on retrieval sets, scored on the even and odd queries separately.
 *
 * <p>The rule, fixed before any odd half was read: a variant qualifies when, on the even half of every set, its R@5
 * is not below the encoder alone's and its MRR is above it; among those, the highest mean even-half R@5 wins, ties
 * going to the higher mean even-half MRR. The winner is then read on the odd halves: it becomes the default only if
 * it beats the encoder alone there on R@5 and MRR on every set. Every vector is its text's own ({@code
 * encodeEach}), so the figures do not move with batching.
 *
 * <p>{@code java -cp ... dev.penny.intents.evaluation.FusionVariants CACHE DIR...}
 */
final class FusionVariants {

    private static final int POOL = 20;

    private FusionVariants() {}

    record Variant(String name, Fuser fuser) {}

    public static void main(String[] args) throws IOException {
        Path cacheFile = Path.of(args[0]);
        Map<String, float[]> cache = load(cacheFile);
        List<String> sets = new ArrayList<>();
        // variant label -> per set -> [even, odd, all]
        Map<String, List<RankingScores[]>> results = new LinkedHashMap<>();
        try (SentenceEncoder real = OnnxSentenceEncoder.load(EncoderModel.bgeSmallEnV15Quantized())) {
            SentenceEncoder encoder = new FileCached(real, cache);
            for (int s = 1; s < args.length; s++) {
                Path dir = Path.of(args[s]);
                sets.add(dir.getFileName().toString());
                RetrievalSet set = RetrievalSet.read(dir.resolve("docs.jsonl"), dir.resolve("queries.jsonl"));
                for (String lexical : LEXICAL) {
                    run(lexical, set, encoder, results);
                }
            }
        } finally {
            save(cacheFile, cache);
        }
        print(results, sets);
        String chosen = choose(results, sets, key -> key.endsWith("| dense") ? null : "label+text | dense");
        System.out.println("CHOSEN on even halves: " + chosen);
        if (chosen != null) {
            System.out.println("BEATS the encoder on R@5 and MRR on every odd half: "
                    + readOdd(results, sets, chosen, "label+text | dense", false));
        }
    }

    /** One line a variant: R@5 / MRR on the even half, the odd half and all queries of each set, and R@1 on all. */
    static void print(Map<String, List<RankingScores[]>> results, List<String> sets) {
        for (var e : results.entrySet()) {
            StringBuilder line = new StringBuilder("VARIANT " + e.getKey());
            for (int s = 0; s < sets.size(); s++) {
                RankingScores[] r = e.getValue().get(s);
                line.append(String.format(
                        " | %s even %.4f/%.4f odd %.4f/%.4f all %.4f/%.4f R@1 %.4f",
                        sets.get(s),
                        r[0].recallAt5(),
                        r[0].mrr(),
                        r[1].recallAt5(),
                        r[1].mrr(),
                        r[2].recallAt5(),
                        r[2].mrr(),
                        r[2].recallAt1()));
            }
            System.out.println(line);
        }
    }

    /**
     * The variant the rule picks on the even halves: among those whose R@5 is not below their peer's and whose MRR is
     * above it on every set, the highest mean R@5, ties to the higher mean MRR. {@code peerOf} names a variant's peer,
     * or null for a variant that is no candidate.
     */
    static String choose(
            Map<String, List<RankingScores[]>> results, List<String> sets, Function<String, String> peerOf) {
        String chosen = null;
        double bestR5 = -1;
        double bestMrr = -1;
        int qualified = 0;
        for (var e : results.entrySet()) {
            String peerKey = peerOf.apply(e.getKey());
            if (peerKey == null) {
                continue;
            }
            List<RankingScores[]> peer = results.get(peerKey);
            boolean qualifies = true;
            double r5 = 0;
            double mrr = 0;
            for (int s = 0; s < sets.size(); s++) {
                RankingScores even = e.getValue().get(s)[0];
                qualifies &= even.recallAt5() >= peer.get(s)[0].recallAt5() && even.mrr() > peer.get(s)[0].mrr();
                r5 += even.recallAt5() / sets.size();
                mrr += even.mrr() / sets.size();
            }
            qualified += qualifies ? 1 : 0;
            if (qualifies && (r5 > bestR5 + 1e-12 || (Math.abs(r5 - bestR5) <= 1e-12 && mrr > bestMrr))) {
                chosen = e.getKey();
                bestR5 = r5;
                bestMrr = mrr;
            }
        }
        System.out.println("QUALIFIED on even halves: " + qualified);
        return chosen;
    }

    /**
     * Whether {@code chosen} beats its peer on R@5 and MRR on every odd half; with {@code perfectPeerTies}, an R@5
     * equal to a peer's 1.0 counts, since nothing can beat it.
     */
    static boolean readOdd(
            Map<String, List<RankingScores[]>> results,
            List<String> sets,
            String chosen,
            String peerKey,
            boolean perfectPeerTies) {
        boolean beats = true;
        for (int s = 0; s < sets.size(); s++) {
            RankingScores odd = results.get(chosen).get(s)[1];
            RankingScores peer = results.get(peerKey).get(s)[1];
            System.out.printf(
                    "READ %s odd: %.4f/%.4f against its peer's %.4f/%.4f%n",
                    sets.get(s), odd.recallAt5(), odd.mrr(), peer.recallAt5(), peer.mrr());
            boolean recall = perfectPeerTies && peer.recallAt5() >= 1.0
                    ? odd.recallAt5() >= peer.recallAt5()
                    : odd.recallAt5() > peer.recallAt5();
            beats &= recall && odd.mrr() > peer.mrr();
        }
        return beats;
    }

    static final List<String> LEXICAL =
            List.of("label+text", "label2+text", "label-only", "title^2|text", "title^4|text");

    private static void run(
            String lexical, RetrievalSet set, SentenceEncoder encoder, Map<String, List<RankingScores[]>> results) {
        List<String> texts =
                set.queries().stream().map(RetrievalSet.Query::text).toList();
        List<List<RankedOwner>> words = words(lexical, set, encoder, texts);
        HybridIndex index = HybridIndex.build(documents(set, p -> p.meanings()), "en", encoder, null);
        float[][] vectors = encoder.encodeEach(texts);
        List<List<RankedOwner>> meanings = new ArrayList<>();
        for (int q = 0; q < texts.size(); q++) {
            meanings.add(index.searchMeaning(vectors[q], Integer.MAX_VALUE));
        }
        List<Variant> variants = fusers();
        for (Variant v : variants) {
            if (v.name().equals("dense") && !lexical.equals("label+text")) {
                continue;
            }
            List<List<RankedOwner>> rankings = new ArrayList<>();
            for (int q = 0; q < texts.size(); q++) {
                rankings.add(v.fuser().fuse(words.get(q), meanings.get(q)));
            }
            results.computeIfAbsent(lexical + " | " + v.name(), k -> new ArrayList<>())
                    .add(scores(rankings, set));
        }
    }

    /** Every passage of the set as the index reads it, with the meanings {@code meanings} picks from it. */
    static List<SearchDocument> documents(RetrievalSet set, Function<SearchDocument, List<String>> meanings) {
        List<SearchDocument> documents = new ArrayList<>();
        for (int a = 0; a < set.articles().size(); a++) {
            for (Passage passage : ArticlePassages.of(set.articles().get(a))) {
                SearchDocument d = PassageDocuments.of(passage, a);
                documents.add(new SearchDocument(a, d.words(), meanings.apply(d)));
            }
        }
        return documents;
    }

    /** Every query's BM25 ranking, with the lexical fields {@code lexical} names (one of {@link #LEXICAL}). */
    static List<List<RankedOwner>> words(
            String lexical, RetrievalSet set, SentenceEncoder encoder, List<String> texts) {
        List<SearchDocument> documents = new ArrayList<>();
        List<Passage> passages = new ArrayList<>();
        for (int a = 0; a < set.articles().size(); a++) {
            for (Passage passage : ArticlePassages.of(set.articles().get(a))) {
                SearchDocument d = PassageDocuments.of(passage, a);
                String words = switch (lexical) {
                    case "label2+text" -> passage.label() + "\n" + d.words();
                    case "label-only" -> passage.label();
                    default -> d.words();
                };
                documents.add(new SearchDocument(a, words, d.meanings()));
                passages.add(passage);
            }
        }
        HybridIndex index = HybridIndex.build(documents, "en", encoder, null);
        Fielded fielded = lexical.startsWith("title^")
                ? new Fielded(passages, documents, Float.parseFloat(lexical.substring(6, lexical.indexOf('|'))))
                : null;
        List<List<RankedOwner>> words = new ArrayList<>();
        for (String text : texts) {
            words.add(fielded != null ? fielded.rank(text, 100) : index.searchWords(text, 100));
        }
        return words;
    }

    /** BM25 alone, the encoder alone, and every fusion of the two this harness compares. */
    static List<Variant> fusers() {
        List<Variant> variants = new ArrayList<>();
        variants.add(new Variant("bm25", (l, d) -> l));
        variants.add(new Variant("dense", (l, d) -> d));
        for (double w : new double[] {0.01, 0.02, 0.03, 0.05, 0.075, 0.1}) {
            variants.add(new Variant("convex " + w, (l, d) -> Fusion.convex(w).fuse(l, d)));
        }
        for (double w : new double[] {0.05, 0.1, 0.2, 0.3}) {
            variants.add(new Variant("zscore pool " + POOL + " " + w, (l, d) -> zScore(l, d, w)));
            variants.add(new Variant("minmax pool " + POOL + " " + w, (l, d) -> minMaxPool(l, d, w)));
        }
        for (double m : new double[] {0.002, 0.005, 0.01, 0.02}) {
            variants.add(new Variant("tiebreak margin " + m, (l, d) -> tieBreak(l, d, m)));
        }
        for (int k : new int[] {10, 60}) {
            for (double a : new double[] {0.1, 0.2, 0.3, 0.5}) {
                variants.add(new Variant("wrrf k" + k + " a" + a, (l, d) -> weightedRrf(l, d, k, a)));
            }
        }
        return variants;
    }

    /** BM25 over two fields, the passage's label boosted, its text plain; an owner's best passage counts. */
    static final class Fielded {
        private final IndexSearcher searcher;
        private final Analyzer analyzer = new EnglishAnalyzer();
        private final float boost;

        Fielded(List<Passage> passages, List<SearchDocument> documents, float boost) {
            this.boost = boost;
            ByteBuffersDirectory directory = new ByteBuffersDirectory();
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
                for (int i = 0; i < passages.size(); i++) {
                    Document doc = new Document();
                    doc.add(new TextField("title", passages.get(i).label(), Field.Store.NO));
                    doc.add(new TextField("text", passages.get(i).text(), Field.Store.NO));
                    doc.add(new StoredField("owner", documents.get(i).owner()));
                    writer.addDocument(doc);
                }
                writer.commit();
                searcher = new IndexSearcher(DirectoryReader.open(directory));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        List<RankedOwner> rank(String question, int depth) {
            try {
                Query title = new QueryParser("title", analyzer).parse(QueryParser.escape(question));
                Query text = new QueryParser("text", analyzer).parse(QueryParser.escape(question));
                Query query = new BooleanQuery.Builder()
                        .add(new BoostQuery(title, boost), BooleanClause.Occur.SHOULD)
                        .add(text, BooleanClause.Occur.SHOULD)
                        .build();
                TopDocs top = searcher.search(query, depth);
                Map<Integer, Double> best = new LinkedHashMap<>();
                for (ScoreDoc hit : top.scoreDocs) {
                    int owner = searcher.storedFields()
                            .document(hit.doc)
                            .getField("owner")
                            .numericValue()
                            .intValue();
                    best.putIfAbsent(owner, (double) hit.score);
                }
                List<RankedOwner> ranked = new ArrayList<>();
                best.forEach((o, sc) -> ranked.add(new RankedOwner(o, sc, Double.NaN)));
                return ranked;
            } catch (ParseException e) {
                return List.of();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The owners in either ranking's top {@link #POOL}: the candidates a normalisation is computed over. */
    private static Set<Integer> pool(List<RankedOwner> lexical, List<RankedOwner> dense) {
        Set<Integer> pool = new LinkedHashSet<>();
        lexical.stream().limit(POOL).forEach(r -> pool.add(r.owner()));
        dense.stream().limit(POOL).forEach(r -> pool.add(r.owner()));
        return pool;
    }

    private static Map<Integer, Double> scoresOf(List<RankedOwner> ranking) {
        Map<Integer, Double> m = new HashMap<>();
        ranking.forEach(r -> m.put(r.owner(), r.score()));
        return m;
    }

    /** Both scores z-normalised over the pool (an owner BM25 did not find scores 0 there), then mixed. */
    static List<RankedOwner> zScore(List<RankedOwner> lexical, List<RankedOwner> dense, double w) {
        return normalised(lexical, dense, w, true);
    }

    /** Both scores min-max scaled over the pool, then mixed. */
    static List<RankedOwner> minMaxPool(List<RankedOwner> lexical, List<RankedOwner> dense, double w) {
        return normalised(lexical, dense, w, false);
    }

    private static List<RankedOwner> normalised(
            List<RankedOwner> lexical, List<RankedOwner> dense, double w, boolean z) {
        Set<Integer> pool = pool(lexical, dense);
        Map<Integer, Double> l = scoresOf(lexical);
        Map<Integer, Double> d = scoresOf(dense);
        double[] ls = pool.stream().mapToDouble(o -> l.getOrDefault(o, 0.0)).toArray();
        double[] ds = pool.stream().mapToDouble(o -> d.getOrDefault(o, -1.0)).toArray();
        double[] ln = normalise(ls, z);
        double[] dn = normalise(ds, z);
        List<RankedOwner> out = new ArrayList<>();
        int i = 0;
        for (int o : pool) {
            out.add(new RankedOwner(o, w * ln[i] + (1 - w) * dn[i], d.getOrDefault(o, Double.NaN)));
            i++;
        }
        out.sort((a, b) -> Double.compare(b.score(), a.score()));
        // the rest in dense order, below the pool
        Set<Integer> seen = new HashSet<>(pool);
        dense.stream().filter(r -> !seen.contains(r.owner())).forEach(out::add);
        return out;
    }

    private static double[] normalise(double[] x, boolean z) {
        double[] out = new double[x.length];
        if (z) {
            double mean = Arrays.stream(x).average().orElse(0);
            double sd = Math.sqrt(
                    Arrays.stream(x).map(v -> (v - mean) * (v - mean)).average().orElse(0));
            for (int i = 0; i < x.length; i++) {
                out[i] = sd > 0 ? (x[i] - mean) / sd : 0;
            }
        } else {
            double min = Arrays.stream(x).min().orElse(0);
            double max = Arrays.stream(x).max().orElse(0);
            for (int i = 0; i < x.length; i++) {
                out[i] = max > min ? (x[i] - min) / (max - min) : 0;
            }
        }
        return out;
    }

    /**
     * The dense ranking, with BM25 only breaking near-ties: walking down it, the owners within {@code margin} of the
     * cosine at the head of a run are ordered by BM25 (then cosine).
     */
    static List<RankedOwner> tieBreak(List<RankedOwner> lexical, List<RankedOwner> dense, double margin) {
        Map<Integer, Double> l = scoresOf(lexical);
        List<RankedOwner> out = new ArrayList<>(dense.size());
        int from = 0;
        while (from < dense.size()) {
            int to = from + 1;
            while (to < dense.size() && dense.get(to).score() >= dense.get(from).score() - margin) {
                to++;
            }
            List<RankedOwner> run = new ArrayList<>(dense.subList(from, to));
            run.sort((a, b) -> {
                int byWords = Double.compare(l.getOrDefault(b.owner(), 0.0), l.getOrDefault(a.owner(), 0.0));
                return byWords != 0 ? byWords : Double.compare(b.score(), a.score());
            });
            out.addAll(run);
            from = to;
        }
        return out;
    }

    /** Reciprocal rank fusion with the lexical ranking weighted {@code a} and the dense one 1. */
    static List<RankedOwner> weightedRrf(List<RankedOwner> lexical, List<RankedOwner> dense, int k, double a) {
        Map<Integer, Double> s = new HashMap<>();
        for (int r = 0; r < dense.size(); r++) {
            s.merge(dense.get(r).owner(), 1.0 / (k + r + 1), Double::sum);
        }
        for (int r = 0; r < lexical.size(); r++) {
            s.merge(lexical.get(r).owner(), a / (k + r + 1), Double::sum);
        }
        Map<Integer, Double> d = scoresOf(dense);
        List<RankedOwner> out = new ArrayList<>();
        s.forEach((o, sc) -> out.add(new RankedOwner(o, sc, d.getOrDefault(o, Double.NaN))));
        out.sort((x, y) -> {
            int c = Double.compare(y.score(), x.score());
            return c != 0 ? c : Double.compare(d.getOrDefault(y.owner(), -1.0), d.getOrDefault(x.owner(), -1.0));
        });
        return out;
    }

    interface Fuser {
        List<RankedOwner> fuse(List<RankedOwner> lexical, List<RankedOwner> dense);
    }

    /** Even queries, odd queries, all. */
    static RankingScores[] scores(List<List<RankedOwner>> rankings, RetrievalSet data) {
        RankingScores[] out = new RankingScores[3];
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
            out[half] = RankingScores.of(ids, relevant);
        }
        return out;
    }

    static Map<String, float[]> load(Path file) throws IOException {
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

    static void save(Path file, Map<String, float[]> cache) throws IOException {
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

    /** Encodes only what the cache lacks, every text alone (so {@code encode} and {@code encodeEach} agree). */
    record FileCached(SentenceEncoder real, Map<String, float[]> cache) implements SentenceEncoder {
        @Override
        public String name() {
            return real.name();
        }

        @Override
        public int dimension() {
            return real.dimension();
        }

        @Override
        public float[][] encode(List<String> texts) {
            return encodeEach(texts);
        }

        @Override
        public synchronized float[][] encodeEach(List<String> texts) {
            LinkedHashSet<String> missing = new LinkedHashSet<>();
            texts.forEach(t -> {
                if (!cache.containsKey(t)) {
                    missing.add(t);
                }
            });
            if (!missing.isEmpty()) {
                List<String> batch = new ArrayList<>(missing);
                float[][] v = real.encodeEach(batch);
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
