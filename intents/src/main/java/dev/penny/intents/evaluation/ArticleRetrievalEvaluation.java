package dev.penny.intents.evaluation;

import dev.penny.intents.encoder.EncoderModel;
import dev.penny.intents.encoder.OnnxSentenceEncoder;
import dev.penny.intents.encoder.SentenceEncoder;
import dev.penny.intents.knowledge.ArticlePassages;
import dev.penny.intents.knowledge.Passage;
import dev.penny.intents.knowledge.PassageDocuments;
import dev.penny.intents.retriever.Fusion;
import dev.penny.intents.retriever.HybridIndex;
import dev.penny.intents.retriever.PassageCalibration;
import dev.penny.intents.retriever.RankedOwner;
import dev.penny.intents.retriever.SearchDocument;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code penny-eval --articles DOCS --queries QUERIES}: ranks the articles for every query with Penny's hybrid
 * retrieval and, in the same run on the same index, with BM25 alone and the encoder alone, and reports ranking
 * quality, index time and latency; then the same figures for other fusion weights, so the default's choice can be
 * checked on any set. See {@link ArticleEvaluationArguments#USAGE}.
 */
final class ArticleRetrievalEvaluation {

    /** Deep enough that MRR is not cut short on any set this command is meant for. */
    private static final int DEPTH = 100;

    /** Latency is timed on this many queries (each repeated), to keep a run short on large sets. */
    private static final int TIMED_QUERIES = 100;

    static final List<Fusion> SWEEP = List.of(
            Fusion.reciprocalRank(60),
            Fusion.convex(0.02),
            Fusion.convex(0.05),
            Fusion.convex(0.075),
            Fusion.convex(0.1),
            Fusion.convex(0.15),
            Fusion.convex(0.2),
            Fusion.convex(0.3),
            Fusion.convex(0.5));

    private ArticleRetrievalEvaluation() {}

    static ArticleRetrievalReport run(ArticleEvaluationArguments args, PrintStream out) {
        RetrievalSet set = RetrievalSet.read(args.articles(), args.queries());
        try (SentenceEncoder encoder = OnnxSentenceEncoder.load(EncoderModel.resolve(args.model(), args.pooling()))) {
            return run(args, set, encoder, out);
        }
    }

    static ArticleRetrievalReport run(
            ArticleEvaluationArguments args, RetrievalSet set, SentenceEncoder encoder, PrintStream out) {
        List<SearchDocument> documents = new ArrayList<>();
        List<Passage> passages = new ArrayList<>();
        for (int a = 0; a < set.articles().size(); a++) {
            for (var passage : ArticlePassages.of(set.articles().get(a))) {
                documents.add(PassageDocuments.of(passage, a));
                passages.add(passage);
            }
        }
        out.printf(
                "%d articles (%d passages), %d queries, model %s, fusion %s%n",
                set.articles().size(), documents.size(), set.queries().size(), encoder.name(), Fusion.DEFAULT.label());
        HybridIndex index = HybridIndex.build(documents, args.locale(), encoder, null);
        HybridIndex.BuildTimes times = index.buildTimes();
        List<String> texts =
                set.queries().stream().map(RetrievalSet.Query::text).toList();
        // each question alone, as a visitor's is: in one batch their vectors would move with their companions
        float[][] vectors = encoder.encodeEach(texts);
        List<List<RankedOwner>> words = new ArrayList<>();
        List<List<RankedOwner>> meanings = new ArrayList<>();
        for (int q = 0; q < texts.size(); q++) {
            words.add(index.searchWords(texts.get(q), DEPTH));
            meanings.add(index.searchMeaning(vectors[q], DEPTH));
        }
        List<ArticleRetrievalReport.Method> methods = List.of(
                method(
                        "penny-hybrid",
                        fused(Fusion.DEFAULT, words, meanings),
                        times.lexicalSeconds() + times.denseSeconds(),
                        latency(t -> index.search(t, Fusion.DEFAULT, DEPTH), texts, args.repeats()),
                        set),
                method(
                        "lucene-bm25",
                        words,
                        times.lexicalSeconds(),
                        latency(t -> index.searchWords(t, DEPTH), texts, args.repeats()),
                        set),
                method(
                        "dense-" + encoder.name(),
                        meanings,
                        times.denseSeconds(),
                        latency(t -> index.searchMeaning(t, DEPTH), texts, args.repeats()),
                        set));
        List<ArticleRetrievalReport.Sweep> sweep = SWEEP.stream()
                .map(f -> new ArticleRetrievalReport.Sweep(f.label(), scores(fused(f, words, meanings), set)))
                .toList();
        List<List<RankedOwner>> penny = fused(Fusion.DEFAULT, words, meanings);
        List<String> ids = set.articles().stream().map(a -> a.id()).toList();
        List<Set<String>> relevant =
                set.queries().stream().map(RetrievalSet.Query::relevant).toList();
        ArticleRetrievalReport report = new ArticleRetrievalReport(
                args,
                encoder.name(),
                set,
                documents.size(),
                methods,
                sweep,
                PassageThreshold.of(penny, ids, relevant),
                PassageThreshold.curve(penny, ids, relevant),
                calibrations(args, set, index, encoder, passages, penny, ids, relevant));
        report.print(out);
        if (args.json() != null) {
            report.writeJson(args.json());
            out.println("JSON summary written to " + args.json());
        }
        return report;
    }

    /**
     * The threshold calibrated from the articles' titles and headings, as training does; and, given {@code
     * --calibration-questions}, from those labelled questions ranked as the queries are (as training would use intent
     * examples whose answers link to an article).
     */
    private static List<ArticleRetrievalReport.Calibrated> calibrations(
            ArticleEvaluationArguments args,
            RetrievalSet set,
            HybridIndex index,
            SentenceEncoder encoder,
            List<Passage> passages,
            List<List<RankedOwner>> penny,
            List<String> ids,
            List<Set<String>> relevant) {
        List<ArticleRetrievalReport.Calibrated> out = new ArrayList<>();
        PassageCalibration titles = PassageCalibration.of(passages, args.locale(), encoder, index);
        out.add(new ArticleRetrievalReport.Calibrated(
                "the articles alone (titles and headings, as training does)",
                "passage_threshold_from_articles",
                titles,
                PassageThreshold.calibrated(titles, penny, ids, relevant)));
        if (args.calibrationQuestions() != null) {
            List<RetrievalSet.Query> questions =
                    PassageCalibration.sample(RetrievalSet.read(args.articles(), args.calibrationQuestions())
                            .queries());
            float[][] vectors = encoder.encode(
                    questions.stream().map(RetrievalSet.Query::text).toList());
            List<List<RankedOwner>> rankings = new ArrayList<>();
            for (int q = 0; q < questions.size(); q++) {
                rankings.add(fused(
                                Fusion.DEFAULT,
                                List.of(index.searchWords(questions.get(q).text(), DEPTH)),
                                List.of(index.searchMeaning(vectors[q], DEPTH)))
                        .get(0));
            }
            PassageCalibration labelled = PassageCalibration.ofRankings(
                    rankings,
                    ids::get,
                    questions.stream().map(RetrievalSet.Query::relevant).toList());
            out.add(new ArticleRetrievalReport.Calibrated(
                    args.calibrationQuestions() + " (labelled questions)",
                    "passage_threshold_from_questions",
                    labelled,
                    PassageThreshold.calibrated(labelled, penny, ids, relevant)));
        }
        return out;
    }

    private static List<List<RankedOwner>> fused(
            Fusion fusion, List<List<RankedOwner>> words, List<List<RankedOwner>> meanings) {
        List<List<RankedOwner>> out = new ArrayList<>(words.size());
        for (int q = 0; q < words.size(); q++) {
            out.add(fusion.fuse(words.get(q), meanings.get(q)));
        }
        return out;
    }

    private static ArticleRetrievalReport.Method method(
            String name, List<List<RankedOwner>> rankings, double indexSeconds, double[] ms, RetrievalSet set) {
        return new ArticleRetrievalReport.Method(
                name, scores(rankings, set), indexSeconds, Speed.percentile(ms, 0.5), Speed.percentile(ms, 0.99));
    }

    private static RankingScores scores(List<List<RankedOwner>> rankings, RetrievalSet set) {
        List<List<String>> ids = rankings.stream()
                .map(r -> r.stream()
                        .limit(DEPTH)
                        .map(o -> set.articles().get(o.owner()).id())
                        .toList())
                .toList();
        List<Set<String>> relevant =
                set.queries().stream().map(RetrievalSet.Query::relevant).toList();
        return RankingScores.of(ids, relevant);
    }

    /** One question at a time, as a visitor asks, encoding included; after one untimed pass to warm up. */
    private static double[] latency(Function<String, List<RankedOwner>> search, List<String> texts, int repeats) {
        List<String> timed = texts.subList(0, Math.min(TIMED_QUERIES, texts.size()));
        timed.forEach(search::apply);
        double[] ms = new double[timed.size() * repeats];
        int i = 0;
        for (int r = 0; r < repeats; r++) {
            for (String text : timed) {
                long started = System.nanoTime();
                search.apply(text);
                ms[i++] = (System.nanoTime() - started) / 1e6;
            }
        }
        Arrays.sort(ms);
        return ms;
    }
}
