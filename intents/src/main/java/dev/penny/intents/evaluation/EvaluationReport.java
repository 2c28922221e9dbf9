package dev.penny.intents.evaluation;

import dev.penny.intents.classifier.Calibration;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The evaluation's figures, as a printed table and as the JSON summary scripts read. */
record EvaluationReport(
        EvaluationArguments args,
        String model,
        int trainRows,
        int testRows,
        CandidateResult penny,
        List<CoverageAtPrecision> coverage,
        Calibration calibration,
        RetrievalRecall retrieval,
        List<CandidateResult> peers) {

    void print(PrintStream out) {
        out.printf("%nmodel %s, seed %d, unknown fraction %.2f%n", model, args.seed(), args.unknownFraction());
        out.printf(
                "%-34s %8s %8s %8s %8s %8s %9s %9s %10s %8s%n",
                "candidate", "accuracy", "macroF1", "known", "oosP", "oosR", "p50 ms", "p99 ms", "per s", "train s");
        row(out, penny);
        peers.forEach(p -> row(out, p));
        for (CandidateResult peer : peers) {
            out.printf(
                    "penny/%s: accuracy x%.3f, p50 latency x%.2f (lower is faster), throughput x%.2f%n",
                    peer.name(),
                    penny.scores().accuracy() / peer.scores().accuracy(),
                    penny.speed().latencyP50Ms() / peer.speed().latencyP50Ms(),
                    penny.speed().throughputPerSecond() / peer.speed().throughputPerSecond());
        }
        out.printf(
                "%ncoverage at answered-precision (threshold chosen on %d %s):%n",
                calibration.heldOutExamples(),
                calibration.outOfFold()
                        ? "out-of-fold predictions of training examples, " + calibration.folds() + " folds"
                        : "held-out training examples");
        for (CoverageAtPrecision c : coverage) {
            out.printf(
                    "  %.2f: coverage %.4f at threshold %.4f, precision on test %.4f%n",
                    c.targetPrecision(), c.coverage(), c.threshold(), c.testPrecision());
        }
        out.println("\nmost confused intents (expected -> predicted: count):");
        penny.scores().confusedPairs().stream()
                .limit(8)
                .forEach(p -> out.printf("  %s -> %s: %d%n", p.expected(), p.predicted(), p.count()));
        out.printf(
                "FAQ retrieval: right entry first %.4f, in top 3 %.4f, median %.2f ms%n",
                retrieval.recallAt1(), retrieval.recallAt3(), retrieval.medianMs());
        out.printf("peak heap during Penny's run: %.0f MiB%n", penny.speed().peakHeapMb());
    }

    private static void row(PrintStream out, CandidateResult r) {
        out.printf(
                "%-34s %8.4f %8.4f %8.4f %8s %8s %9.2f %9.2f %10.1f %8.1f%n",
                r.name(),
                r.scores().accuracy(),
                r.scores().macroF1(),
                r.scores().knownAccuracy(),
                format(r.scores().oosPrecision()),
                format(r.scores().oosRecall()),
                r.speed().latencyP50Ms(),
                r.speed().latencyP99Ms(),
                r.speed().throughputPerSecond(),
                r.speed().trainSeconds());
    }

    private static String format(Double value) {
        return value == null ? "-" : String.format("%.4f", value);
    }

    void writeJson(Path file) {
        Map<String, Object> json = figures(penny);
        json.put("model", model);
        json.put("train", args.train().toString());
        json.put("test", args.test().toString());
        json.put("train_rows", trainRows);
        json.put("test_rows", testRows);
        json.put("seed", args.seed());
        json.put("unknown_fraction", args.unknownFraction());
        Map<String, Object> cover = new LinkedHashMap<>();
        for (CoverageAtPrecision c : coverage) {
            cover.put(
                    String.format("%.2f", c.targetPrecision()),
                    Map.of("coverage", c.coverage(), "threshold", c.threshold(), "test_precision", c.testPrecision()));
        }
        json.put("coverage_at_precision", cover);
        json.put("examples_per_intent", args.examplesPerIntent());
        json.put("calibration_examples", calibration.heldOutExamples());
        json.put("calibration_folds", calibration.folds());
        json.put(
                "retrieval",
                Map.of(
                        "recall_at_1", retrieval.recallAt1(),
                        "recall_at_3", retrieval.recallAt3(),
                        "median_ms", retrieval.medianMs()));
        json.put(
                "most_confused",
                penny.scores().confusedPairs().stream()
                        .map(p -> Map.of("expected", p.expected(), "predicted", p.predicted(), "count", p.count()))
                        .toList());
        Map<String, Object> peerFigures = new LinkedHashMap<>();
        peers.forEach(p -> peerFigures.put(p.name(), figures(p)));
        json.put("peers", peerFigures);
        ObjectMapper mapper =
                JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        mapper.writeValue(file.toFile(), json);
    }

    private static Map<String, Object> figures(CandidateResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("accuracy", r.scores().accuracy());
        m.put("macro_f1", r.scores().macroF1());
        m.put("known_accuracy", r.scores().knownAccuracy());
        m.put("oos_precision", r.scores().oosPrecision());
        m.put("oos_recall", r.scores().oosRecall());
        m.put("train_seconds", r.speed().trainSeconds());
        m.put("latency_p50_ms", r.speed().latencyP50Ms());
        m.put("latency_p99_ms", r.speed().latencyP99Ms());
        m.put("throughput_per_s", r.speed().throughputPerSecond());
        m.put("peak_heap_mb", r.speed().peakHeapMb());
        return m;
    }
}
