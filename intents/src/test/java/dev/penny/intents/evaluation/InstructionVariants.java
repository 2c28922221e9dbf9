package dev.penny.intents.evaluation;

import dev.penny.intents.encoder.EncoderModel;
import dev.penny.intents.encoder.OnnxSentenceEncoder;
import dev.penny.intents.encoder.SentenceEncoder;
import dev.penny.intents.retriever.HybridIndex;
import dev.penny.intents.retriever.RankedOwner;
import dev.penny.intents.retriever.SearchDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scratch: bge-small-en-v1.5's query instruction in the dense leg, alone and fused with every fusion and lexical field
 * of {@link FusionVariants}, scored on the even and odd queries separately.
 *
 * <p>The model card prescribes {@value #INSTRUCTION} before a short query matched against passages, and nothing before
 * the passages. Dense legs: {@code plain} (today's: the question as asked against every text); {@code instructed}
 * (the instructed question against every text); {@code split} (the instructed question against the passages' text
 * windows, the plain one against their titles and headings, an owner scoring its best); {@code both} (both questions
 * against every text, the best); {@code mean} (the normalised sum of both question vectors against every text).
 *
 * <p>The rule, fixed before any figure was read: every candidate is a non-plain dense leg with a fusion; its peer is
 * that dense leg alone (the same query vectors and per-owner best). A candidate qualifies when, on the even half of
 * every set, its R@5 is not below its peer's and its MRR is above it; among those, the highest mean even-half R@5
 * wins, ties going to the higher mean even-half MRR. The winner is read on the odd halves: it replaces the default
 * only if on every set its MRR beats its peer's and its R@5 beats its peer's (or, where the peer's R@5 is already 1,
 * equals it).
 *
 * <p>{@code java -cp ... dev.penny.intents.evaluation.InstructionVariants CACHE DIR...}
 */
final class InstructionVariants {

    static final String INSTRUCTION = "Represent this sentence for searching relevant passages: ";

    static final List<String> LEGS = List.of("plain", "instructed", "split", "both", "mean");

    private InstructionVariants() {}

    public static void main(String[] args) throws IOException {
        Path cacheFile = Path.of(args[0]);
        Map<String, float[]> cache = FusionVariants.load(cacheFile);
        List<String> sets = new ArrayList<>();
        Map<String, List<RankingScores[]>> results = new LinkedHashMap<>();
        try (SentenceEncoder real = OnnxSentenceEncoder.load(EncoderModel.bgeSmallEnV15Quantized())) {
            SentenceEncoder encoder = new FusionVariants.FileCached(real, cache);
            for (int s = 1; s < args.length; s++) {
                Path dir = Path.of(args[s]);
                sets.add(dir.getFileName().toString());
                RetrievalSet set = RetrievalSet.read(dir.resolve("docs.jsonl"), dir.resolve("queries.jsonl"));
                run(set, encoder, results);
            }
            latency(real);
        } finally {
            FusionVariants.save(cacheFile, cache);
        }
        FusionVariants.print(results, sets);
        String chosen = FusionVariants.choose(results, sets, InstructionVariants::peerOf);
        System.out.println("CHOSEN on even halves: " + chosen);
        if (chosen != null) {
            System.out.println("BEATS its dense peer on every odd half: "
                    + FusionVariants.readOdd(results, sets, chosen, peerOf(chosen), true));
        }
    }

    /** A fused variant's peer, its dense leg alone; null for the plain leg's variants and for every peer. */
    private static String peerOf(String key) {
        String leg = key.substring(0, key.indexOf(' '));
        boolean candidate = !leg.equals("plain") && !key.endsWith("| dense") && !key.endsWith("| bm25");
        return candidate ? leg + " | dense" : null;
    }

    private static void run(RetrievalSet set, SentenceEncoder encoder, Map<String, List<RankingScores[]>> results) {
        List<String> texts =
                set.queries().stream().map(RetrievalSet.Query::text).toList();
        float[][] plain = encoder.encodeEach(texts);
        float[][] instructed =
                encoder.encodeEach(texts.stream().map(t -> INSTRUCTION + t).toList());
        HybridIndex all =
                HybridIndex.build(FusionVariants.documents(set, SearchDocument::meanings), "en", encoder, null);
        HybridIndex labels = HybridIndex.build(
                FusionVariants.documents(set, d -> d.meanings().subList(0, 1)), "en", encoder, null);
        HybridIndex windows = HybridIndex.build(
                FusionVariants.documents(
                        set, d -> d.meanings().subList(1, d.meanings().size())),
                "en",
                encoder,
                null);
        Map<String, List<List<RankedOwner>>> legs = new LinkedHashMap<>();
        for (String leg : LEGS) {
            List<List<RankedOwner>> rankings = new ArrayList<>();
            for (int q = 0; q < texts.size(); q++) {
                rankings.add(
                        switch (leg) {
                            case "plain" -> all.searchMeaning(plain[q], Integer.MAX_VALUE);
                            case "instructed" -> all.searchMeaning(instructed[q], Integer.MAX_VALUE);
                            case "split" ->
                                best(
                                        labels.searchMeaning(plain[q], Integer.MAX_VALUE),
                                        windows.searchMeaning(instructed[q], Integer.MAX_VALUE));
                            case "both" ->
                                best(
                                        all.searchMeaning(plain[q], Integer.MAX_VALUE),
                                        all.searchMeaning(instructed[q], Integer.MAX_VALUE));
                            case "mean" -> all.searchMeaning(mean(plain[q], instructed[q]), Integer.MAX_VALUE);
                            default -> throw new IllegalStateException(leg);
                        });
            }
            legs.put(leg, rankings);
        }
        for (String lexical : FusionVariants.LEXICAL) {
            List<List<RankedOwner>> words = FusionVariants.words(lexical, set, encoder, texts);
            for (var leg : legs.entrySet()) {
                for (FusionVariants.Variant v : FusionVariants.fusers()) {
                    boolean peer = v.name().equals("dense") || v.name().equals("bm25");
                    if (peer && !lexical.equals("label+text")) {
                        continue;
                    }
                    List<List<RankedOwner>> rankings = new ArrayList<>();
                    for (int q = 0; q < texts.size(); q++) {
                        rankings.add(v.fuser().fuse(words.get(q), leg.getValue().get(q)));
                    }
                    String key = v.name().equals("bm25")
                            ? "plain | bm25"
                            : v.name().equals("dense")
                                    ? leg.getKey() + " | dense"
                                    : leg.getKey() + " | " + lexical + " | " + v.name();
                    if (v.name().equals("bm25") && !leg.getKey().equals("plain")) {
                        continue;
                    }
                    results.computeIfAbsent(key, k -> new ArrayList<>()).add(FusionVariants.scores(rankings, set));
                }
            }
        }
    }

    /** Each owner's better score of two rankings of the same owners, best first. */
    static List<RankedOwner> best(List<RankedOwner> a, List<RankedOwner> b) {
        Map<Integer, Double> best = new HashMap<>();
        a.forEach(r -> best.merge(r.owner(), r.score(), Math::max));
        b.forEach(r -> best.merge(r.owner(), r.score(), Math::max));
        List<RankedOwner> out = new ArrayList<>();
        best.forEach((o, s) -> out.add(new RankedOwner(o, s, s)));
        out.sort((x, y) -> Double.compare(y.score(), x.score()));
        return out;
    }

    private static float[] mean(float[] a, float[] b) {
        float[] m = new float[a.length];
        double norm = 0;
        for (int i = 0; i < m.length; i++) {
            m[i] = a[i] + b[i];
            norm += m[i] * m[i];
        }
        for (int i = 0; i < m.length; i++) {
            m[i] /= (float) Math.sqrt(norm);
        }
        return m;
    }

    /** One question encoded alone, plain and instructed, on the real encoder: what a second encoding costs. */
    private static void latency(SentenceEncoder encoder) {
        List<String> questions = List.of(
                "how long does the virus live on surfaces",
                "can I get my money back for a cancelled order",
                "what is the fee for an international transfer",
                "why was my card declined at the shop");
        for (String q : questions) {
            encoder.encode(q);
            encoder.encode(INSTRUCTION + q);
        }
        int rounds = 50;
        double[] plain = new double[rounds * questions.size()];
        double[] instructed = new double[plain.length];
        int i = 0;
        for (int r = 0; r < rounds; r++) {
            for (String q : questions) {
                long t0 = System.nanoTime();
                encoder.encode(q);
                long t1 = System.nanoTime();
                encoder.encode(INSTRUCTION + q);
                long t2 = System.nanoTime();
                plain[i] = (t1 - t0) / 1e6;
                instructed[i++] = (t2 - t1) / 1e6;
            }
        }
        Arrays.sort(plain);
        Arrays.sort(instructed);
        System.out.printf(
                "LATENCY encode one question: plain p50 %.1f ms p99 %.1f ms; instructed p50 %.1f ms p99 %.1f ms%n",
                plain[plain.length / 2],
                plain[(int) (plain.length * 0.99)],
                instructed[instructed.length / 2],
                instructed[(int) (instructed.length * 0.99)]);
    }
}
