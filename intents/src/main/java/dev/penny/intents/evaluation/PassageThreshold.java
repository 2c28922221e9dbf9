package dev.penny.intents.evaluation;

import dev.penny.intents.classifier.OperatingPoint;
import dev.penny.intents.classifier.PrecisionThresholds;
import dev.penny.intents.classifier.ScoredAnswer;
import dev.penny.intents.retriever.PassageCalibration;
import dev.penny.intents.retriever.RankedOwner;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The passage score above which quoting the best passage (the bot's answer without an LLM) is right at an
 * answered-precision, chosen as the intent thresholds are ({@link PrecisionThresholds#choose}, with its statistical
 * margin). Every query counts twice: once as asked, right when the best passage is from a relevant article, and once
 * with its relevant articles left out of the ranking, a question the articles do not answer, where any quote is wrong.
 * The threshold is chosen on all queries; to see how well it holds, it is also chosen on one half of the queries
 * (split with a fixed seed) and measured on the other, both ways.
 *
 * @param chosen the threshold, coverage and precision on all queries
 * @param heldOut the two thresholds chosen on one half, with coverage and precision measured on the other half
 */
record PassageThreshold(OperatingPoint chosen, List<OperatingPoint> heldOut) {

    /** Fixed thresholds at which coverage and precision are also printed, to show the curve around the choice. */
    static final List<Double> CURVE = List.of(0.7, 0.75, 0.8, 0.85, 0.9);

    static final List<Double> TARGETS = List.of(0.9, 0.95, 0.98);

    /** The targets the calibration from the articles alone is shown at: lower ones too, to see how it tracks. */
    static final List<Double> CALIBRATED_TARGETS = List.of(0.6, 0.7, 0.8, 0.85, 0.9, 0.95);

    private static final long SPLIT_SEED = 7;

    /** Coverage and precision on all queries (as asked and with their articles left out) at each {@link #CURVE} point. */
    static List<OperatingPoint> curve(List<List<RankedOwner>> rankings, List<String> ids, List<Set<String>> relevant) {
        List<ScoredAnswer> all = new ArrayList<>();
        for (int q = 0; q < rankings.size(); q++) {
            all.addAll(answers(rankings.get(q), ids, relevant.get(q)));
        }
        return CURVE.stream()
                .map(t -> {
                    double[] m = PrecisionThresholds.measure(all, t);
                    return new OperatingPoint(Double.NaN, t, m[0], m[1]);
                })
                .toList();
    }

    /**
     * The threshold calibrated from the articles alone, as training calibrates it ({@link PassageCalibration}), and
     * its coverage and precision on the queries (as asked and left out), which it never saw: one per target.
     */
    static List<ArticleCalibrated> calibrated(
            PassageCalibration calibration,
            List<List<RankedOwner>> rankings,
            List<String> ids,
            List<Set<String>> relevant) {
        List<ScoredAnswer> all = new ArrayList<>();
        for (int q = 0; q < rankings.size(); q++) {
            all.addAll(answers(rankings.get(q), ids, relevant.get(q)));
        }
        List<ArticleCalibrated> out = new ArrayList<>();
        for (double target : CALIBRATED_TARGETS) {
            calibration.at(target).ifPresent(point -> {
                double[] measured = PrecisionThresholds.measure(all, point.threshold());
                out.add(new ArticleCalibrated(
                        point, new OperatingPoint(target, point.threshold(), measured[0], measured[1])));
            });
        }
        return out;
    }

    /**
     * @param articles the threshold chosen on the articles' own questions, with coverage and precision on them
     * @param queries the same threshold's coverage and precision on the labelled queries
     */
    record ArticleCalibrated(OperatingPoint articles, OperatingPoint queries) {}

    static List<PassageThreshold> of(List<List<RankedOwner>> rankings, List<String> ids, List<Set<String>> relevant) {
        List<List<ScoredAnswer>> byQuery = new ArrayList<>();
        for (int q = 0; q < rankings.size(); q++) {
            byQuery.add(answers(rankings.get(q), ids, relevant.get(q)));
        }
        List<Integer> order = new ArrayList<>();
        for (int q = 0; q < byQuery.size(); q++) {
            order.add(q);
        }
        Collections.shuffle(order, new Random(SPLIT_SEED));
        List<ScoredAnswer> all = new ArrayList<>();
        List<ScoredAnswer> first = new ArrayList<>();
        List<ScoredAnswer> second = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            List<ScoredAnswer> answers = byQuery.get(order.get(i));
            all.addAll(answers);
            (i % 2 == 0 ? first : second).addAll(answers);
        }
        List<PassageThreshold> out = new ArrayList<>();
        for (double target : TARGETS) {
            out.add(new PassageThreshold(
                    PrecisionThresholds.choose(all, target),
                    List.of(heldOut(first, second, target), heldOut(second, first, target))));
        }
        return out;
    }

    private static OperatingPoint heldOut(List<ScoredAnswer> fit, List<ScoredAnswer> check, double target) {
        double threshold = PrecisionThresholds.choose(fit, target).threshold();
        double[] measured = PrecisionThresholds.measure(check, threshold);
        return new OperatingPoint(target, threshold, measured[0], measured[1]);
    }

    private static List<ScoredAnswer> answers(List<RankedOwner> ranking, List<String> ids, Set<String> relevant) {
        return PassageCalibration.answers(ranking, ids::get, relevant);
    }
}
