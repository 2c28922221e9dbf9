package dev.penny.intents.evaluation;

import dev.penny.intents.classifier.Calibration;
import dev.penny.intents.classifier.OperatingPoint;
import dev.penny.intents.classifier.PrecisionThresholds;
import dev.penny.intents.classifier.ScoredAnswer;
import dev.penny.intents.evaluation.Candidate.Example;
import dev.penny.intents.evaluation.Candidate.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * How much of the test traffic the bot answers itself at each threshold chosen in training for an answered-precision,
 * and whether that precision holds on test. As in the escalation policy, a question is answered when its confidence
 * reaches the threshold and the classifier did not call it out of scope; out-of-scope rows that are answered count
 * as wrong answers.
 *
 * @param targetPrecision e.g. 0.98
 * @param threshold chosen on held-out training examples
 * @param coverage share of test rows answered at that threshold
 * @param testPrecision share of those answers that were right
 */
record CoverageAtPrecision(double targetPrecision, double threshold, double coverage, double testPrecision) {

    /** Below every threshold: the policy sends an out-of-scope question elsewhere whatever its confidence. */
    private static final double NEVER_ANSWERED = -1;

    static List<CoverageAtPrecision> measure(Calibration calibration, List<Example> test, List<Verdict> verdicts) {
        List<ScoredAnswer> answers = new ArrayList<>(test.size());
        for (int i = 0; i < test.size(); i++) {
            Verdict verdict = verdicts.get(i);
            answers.add(new ScoredAnswer(
                    verdict.outOfScope() ? NEVER_ANSWERED : verdict.confidence(),
                    test.get(i).intentId().equals(verdict.intentId())));
        }
        List<CoverageAtPrecision> out = new ArrayList<>();
        for (OperatingPoint point : calibration.operatingPoints()) {
            double[] measured = PrecisionThresholds.measure(answers, point.threshold());
            out.add(new CoverageAtPrecision(point.targetPrecision(), point.threshold(), measured[0], measured[1]));
        }
        return out;
    }
}
