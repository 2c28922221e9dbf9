package dev.penny.intents.quality;

import dev.penny.core.policy.PolicySettings;
import java.util.List;

/**
 * A draft catalog's quality and cost, measured by cross-validation on its own examples; the members are those of the
 * editing API's report.
 *
 * @param folds how many folds the examples were split into
 * @param examples how many examples were tested (each once, by a classifier trained without it)
 * @param accuracy the share of examples whose top intent was right
 * @param confusedPairs the pairs of intents mistaken for each other most often, most first (at most 10)
 * @param thinIntents intents with fewer distinct examples than recommended, fewest first
 * @param curve from threshold 0.00 to 1.00 in steps of 0.05: how many questions the FAQ answers and how well, and
 *     what the rest cost
 * @param chosenThreshold the threshold the owner chose for the draft, or null for the calibrated one
 * @param calibratedThreshold the threshold training calibrates for the configured answered-precision (the folds'
 *     mean), or null when the catalog is too small to hold examples out for it
 * @param passageThreshold the score from which the draft quotes an article passage without an LLM, and where it came
 *     from (configured, calibrated on the articles' titles and headings, or the default and why); null when not known
 */
public record QualityReport(
        int folds,
        int examples,
        double accuracy,
        List<ConfusedPair> confusedPairs,
        List<ThinIntent> thinIntents,
        List<CurvePoint> curve,
        Double chosenThreshold,
        Double calibratedThreshold,
        PassageThreshold passageThreshold) {

    /**
     * @param score the passage threshold
     * @param origin "configured", "calibrated for … precision on … questions from the articles", or "default" with why
     * @param calibrated whether the draft's articles calibrated it
     */
    public record PassageThreshold(double score, String origin, boolean calibrated) {

        /** The passage threshold a trained version's policy holds, and where it came from. */
        public static PassageThreshold of(PolicySettings policy) {
            String origin = policy.passageThresholdOrigin();
            return new PassageThreshold(policy.minPassageScore(), origin, origin.startsWith("calibrated"));
        }
    }

    public QualityReport {
        confusedPairs = List.copyOf(confusedPairs);
        thinIntents = List.copyOf(thinIntents);
        curve = List.copyOf(curve);
    }

    /** This report with the owner's threshold, null for none. */
    public QualityReport withChosenThreshold(Double threshold) {
        return new QualityReport(
                folds,
                examples,
                accuracy,
                confusedPairs,
                thinIntents,
                curve,
                threshold,
                calibratedThreshold,
                passageThreshold);
    }

    public QualityReport withPassageThreshold(PassageThreshold threshold) {
        return new QualityReport(
                folds,
                examples,
                accuracy,
                confusedPairs,
                thinIntents,
                curve,
                chosenThreshold,
                calibratedThreshold,
                threshold);
    }
}
