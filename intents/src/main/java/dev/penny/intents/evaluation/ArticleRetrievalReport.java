package dev.penny.intents.evaluation;

import dev.penny.intents.classifier.OperatingPoint;
import dev.penny.intents.classifier.PrecisionThresholds;
import dev.penny.intents.retriever.PassageCalibration;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The article-retrieval figures, as a printed table and as JSON: Penny's at the top level, peers under "peers". */
record ArticleRetrievalReport(
        ArticleEvaluationArguments args,
        String model,
        RetrievalSet set,
        int passages,
        List<Method> methods,
        List<Sweep> sweep,
        List<PassageThreshold> thresholds,
        List<OperatingPoint> curve,
        List<Calibrated> calibrations) {

    /**
     * A passage threshold calibrated without the queries, and how it does on them.
     *
     * @param source what it was calibrated on, as printed
     * @param key its name in the JSON
     * @param calibration the labelled questions it was chosen on
     * @param points one per target precision
     */
    record Calibrated(
            String source,
            String key,
            PassageCalibration calibration,
            List<PassageThreshold.ArticleCalibrated> points) {}

    /** One retrieval method's figures. */
    record Method(String name, RankingScores scores, double indexSeconds, double p50Ms, double p99Ms) {}

    /** The ranking figures of one fusion of the same two rankings. */
    record Sweep(String fusion, RankingScores scores) {}

    Method penny() {
        return methods.get(0);
    }

    List<Method> peers() {
        return methods.subList(1, methods.size());
    }

    void print(PrintStream out) {
        out.printf(
                "%-32s %8s %8s %8s %8s %9s %8s %8s%n",
                "method", "R@1", "R@5", "MRR", "nDCG@10", "index s", "p50 ms", "p99 ms");
        for (Method m : methods) {
            out.printf(
                    "%-32s %8.4f %8.4f %8.4f %8.4f %9.3f %8.3f %8.3f%n",
                    m.name(),
                    m.scores().recallAt1(),
                    m.scores().recallAt5(),
                    m.scores().mrr(),
                    m.scores().ndcgAt10(),
                    m.indexSeconds(),
                    m.p50Ms(),
                    m.p99Ms());
        }
        for (Method peer : peers()) {
            out.printf(
                    "penny/%s: R@5 x%.3f, MRR x%.3f%n",
                    peer.name(),
                    penny().scores().recallAt5() / peer.scores().recallAt5(),
                    penny().scores().mrr() / peer.scores().mrr());
        }
        out.println("other fusions of the same rankings:");
        for (Sweep s : sweep) {
            out.printf(
                    "  %-14s R@1 %.4f  R@5 %.4f  MRR %.4f  nDCG@10 %.4f%n",
                    s.fusion(),
                    s.scores().recallAt1(),
                    s.scores().recallAt5(),
                    s.scores().mrr(),
                    s.scores().ndcgAt10());
        }
        printThresholds(out);
    }

    private void printThresholds(PrintStream out) {
        out.println("passage threshold (quote the best passage without an LLM), each query also asked with its"
                + " articles left out:");
        for (PassageThreshold t : thresholds) {
            out.printf(
                    "  precision %.2f: threshold %.4f, coverage %.4f, precision %.4f; chosen on one half, on the"
                            + " other: %s%n",
                    t.chosen().targetPrecision(),
                    t.chosen().threshold(),
                    t.chosen().heldOutCoverage(),
                    t.chosen().heldOutPrecision(),
                    String.join(
                            " | ",
                            t.heldOut().stream()
                                    .map(h -> String.format(
                                            Locale.ROOT,
                                            "%.4f: coverage %.4f, precision %.4f",
                                            h.threshold(),
                                            h.heldOutCoverage(),
                                            h.heldOutPrecision()))
                                    .toList()));
        }
        out.println("  "
                + String.join(
                        ", ",
                        curve.stream()
                                .map(p -> String.format(
                                        Locale.ROOT,
                                        "at %.2f: coverage %.4f, precision %.4f",
                                        p.threshold(),
                                        p.heldOutCoverage(),
                                        p.heldOutPrecision()))
                                .toList()));
        calibrations.forEach(c -> printCalibrated(out, c));
    }

    private static void printCalibrated(PrintStream out, Calibrated c) {
        PassageCalibration calibration = c.calibration();
        if (!calibration.calibrated()) {
            out.printf(
                    "  calibrated from %s: not calibrated, %d questions (fewer than %d); training keeps the"
                            + " configured or default threshold%n",
                    c.source(), calibration.questions(), PassageCalibration.MIN_QUESTIONS);
            return;
        }
        out.printf("  calibrated from %s (%d questions):%n", c.source(), calibration.questions());
        out.println("    its questions "
                + String.join(
                        ", ",
                        PassageThreshold.CURVE.stream()
                                .map(t -> {
                                    double[] m = PrecisionThresholds.measure(calibration.answers(), t);
                                    return String.format(
                                            Locale.ROOT, "at %.2f: coverage %.4f, precision %.4f", t, m[0], m[1]);
                                })
                                .toList()));
        for (PassageThreshold.ArticleCalibrated point : c.points()) {
            if (point.articles().heldOutCoverage() == 0) {
                out.printf(
                        "    precision %.2f: none (no score reaches it on these questions; training keeps the"
                                + " default)%n",
                        point.articles().targetPrecision());
                continue;
            }
            out.printf(
                    "    precision %.2f: threshold %.4f (its questions: coverage %.4f, precision %.4f); on the"
                            + " queries: coverage %.4f, precision %.4f%n",
                    point.articles().targetPrecision(),
                    point.articles().threshold(),
                    point.articles().heldOutCoverage(),
                    point.articles().heldOutPrecision(),
                    point.queries().heldOutCoverage(),
                    point.queries().heldOutPrecision());
        }
    }

    void writeJson(Path file) {
        Map<String, Object> json = figures(penny());
        json.put("method", penny().name());
        json.put("fusion", dev.penny.intents.retriever.Fusion.DEFAULT.label());
        json.put("model", model);
        json.put("articles", args.articles().toString());
        json.put("queries", args.queries().toString());
        json.put("article_count", set.articles().size());
        json.put("passage_count", passages);
        json.put("query_count", set.queries().size());
        Map<String, Object> peers = new LinkedHashMap<>();
        peers().forEach(p -> peers.put(p.name(), figures(p)));
        json.put("peers", peers);
        Map<String, Object> fusions = new LinkedHashMap<>();
        sweep.forEach(s -> fusions.put(
                s.fusion(),
                Map.of(
                        "recall_at_1", s.scores().recallAt1(),
                        "recall_at_5", s.scores().recallAt5(),
                        "mrr", s.scores().mrr(),
                        "ndcg_at_10", s.scores().ndcgAt10())));
        json.put("fusion_sweep", fusions);
        Map<String, Object> passageThresholds = new LinkedHashMap<>();
        for (PassageThreshold t : thresholds) {
            passageThresholds.put(
                    String.format(Locale.ROOT, "%.2f", t.chosen().targetPrecision()),
                    Map.of(
                            "threshold", t.chosen().threshold(),
                            "coverage", t.chosen().heldOutCoverage(),
                            "precision", t.chosen().heldOutPrecision(),
                            "held_out",
                                    t.heldOut().stream()
                                            .map(h -> Map.of(
                                                    "threshold", h.threshold(),
                                                    "coverage", h.heldOutCoverage(),
                                                    "precision", h.heldOutPrecision()))
                                            .toList()));
        }
        json.put("passage_threshold", passageThresholds);
        json.put(
                "passage_threshold_curve",
                curve.stream()
                        .map(p -> Map.of(
                                "threshold", p.threshold(),
                                "coverage", p.heldOutCoverage(),
                                "precision", p.heldOutPrecision()))
                        .toList());
        for (Calibrated c : calibrations) {
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("questions", c.calibration().questions());
            figures.put("calibrated", c.calibration().calibrated());
            for (PassageThreshold.ArticleCalibrated point : c.points()) {
                String target =
                        String.format(Locale.ROOT, "%.2f", point.articles().targetPrecision());
                if (point.articles().heldOutCoverage() == 0) {
                    // no score reaches the precision on the questions: training keeps the default
                    figures.put(target, "none");
                    continue;
                }
                figures.put(
                        target,
                        Map.of(
                                "threshold", point.articles().threshold(),
                                "articles_coverage", point.articles().heldOutCoverage(),
                                "articles_precision", point.articles().heldOutPrecision(),
                                "queries_coverage", point.queries().heldOutCoverage(),
                                "queries_precision", point.queries().heldOutPrecision()));
            }
            json.put(c.key(), figures);
        }
        JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValue(file.toFile(), json);
    }

    private static Map<String, Object> figures(Method m) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("recall_at_1", m.scores().recallAt1());
        f.put("recall_at_5", m.scores().recallAt5());
        f.put("mrr", m.scores().mrr());
        f.put("ndcg_at_10", m.scores().ndcgAt10());
        f.put("index_seconds", m.indexSeconds());
        f.put("latency_p50_ms", m.p50Ms());
        f.put("latency_p99_ms", m.p99Ms());
        return f;
    }
}
