package dev.penny.intents.classifier;

import java.util.Comparator;
import java.util.List;

/**
 * Picks the confidence threshold that reaches an answered-precision, and measures coverage and precision at a
 * threshold. Used on held-out examples in training and on test data in evaluation.
 */
public final class PrecisionThresholds {

    /**
     * A threshold is accepted only where the Wilson lower bound of the held-out precision reaches the target, at
     * one standard error (one-sided 84%). The plain held-out precision is an optimistic estimate (the
     * threshold is chosen where it looks best), and on BANKING77 it missed the 98% target on test by a hair.
     */
    static final double CONFIDENCE_Z = 1.0;

    private PrecisionThresholds() {}

    /**
     * The lowest threshold at which the answered questions reach {@code targetPrecision} with statistical margin
     * (see {@link #CONFIDENCE_Z}). Scans from the most confident answer down; where no prefix reaches the target,
     * returns a threshold above every confidence (the bot then answers nothing itself).
     */
    public static OperatingPoint choose(List<ScoredAnswer> answers, double targetPrecision) {
        List<ScoredAnswer> sorted = answers.stream()
                .sorted(Comparator.comparingDouble(ScoredAnswer::confidence).reversed())
                .toList();
        double threshold = Math.nextUp(1.0);
        int answered = 0;
        int right = 0;
        int bestAnswered = 0;
        int bestRight = 0;
        for (int i = 0; i < sorted.size(); i++) {
            answered++;
            if (sorted.get(i).correct()) {
                right++;
            }
            boolean tieWithNext = i + 1 < sorted.size()
                    && sorted.get(i + 1).confidence() == sorted.get(i).confidence();
            if (!tieWithNext && wilsonLowerBound(right, answered) >= targetPrecision) {
                threshold = sorted.get(i).confidence();
                bestAnswered = answered;
                bestRight = right;
            }
        }
        double coverage = sorted.isEmpty() ? 0 : bestAnswered / (double) sorted.size();
        double precision = bestAnswered == 0 ? 1.0 : bestRight / (double) bestAnswered;
        return new OperatingPoint(targetPrecision, threshold, coverage, precision);
    }

    static double wilsonLowerBound(int right, int answered) {
        double z2 = CONFIDENCE_Z * CONFIDENCE_Z;
        double p = right / (double) answered;
        double centre = p + z2 / (2 * answered);
        double spread = CONFIDENCE_Z * Math.sqrt(p * (1 - p) / answered + z2 / (4.0 * answered * answered));
        return (centre - spread) / (1 + z2 / answered);
    }

    /** Coverage and precision of answering only at or above {@code threshold}: {coverage, precision}. */
    public static double[] measure(List<ScoredAnswer> answers, double threshold) {
        int answered = 0;
        int right = 0;
        for (ScoredAnswer a : answers) {
            if (a.confidence() >= threshold) {
                answered++;
                if (a.correct()) {
                    right++;
                }
            }
        }
        double coverage = answers.isEmpty() ? 0 : answered / (double) answers.size();
        double precision = answered == 0 ? 1.0 : right / (double) answered;
        return new double[] {coverage, precision};
    }
}
