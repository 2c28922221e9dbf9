package dev.penny.intents.classifier;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the held-out examples teach a classifier: each head's temperature, then the thresholds for the asked
 * answered-precisions and the out-of-scope check, both on the heads' averaged probabilities, as the classifier will
 * compute them.
 *
 * @param calibration the temperatures and thresholds
 * @param outOfScope the out-of-scope check, over the primary encoder's vectors of the fitted examples
 */
record HeldOutCalibration(Calibration calibration, OutOfScopeDetector outOfScope) {

    /** Below this many held-out examples a fitted temperature or threshold would be noise. */
    static final int MIN_HELD_OUT = 30;

    /**
     * Calibrates heads fitted on {@code split.fitted()}; with fewer than {@link #MIN_HELD_OUT} held-out examples the
     * temperatures stay 1, no thresholds are chosen and the out-of-scope check is calibrated leave-one-out.
     */
    static HeldOutCalibration of(
            List<FittedHead> fitted,
            HeldOutSplit split,
            List<String> texts,
            List<float[][]> embeddings,
            int[] labels,
            TrainingOptions options) {
        int[] heldOut = split.heldOut();
        int intents = fitted.get(0).intents();
        float[][] primary = embeddings.get(0);
        if (heldOut.length < MIN_HELD_OUT) {
            return new HeldOutCalibration(
                    new Calibration(Collections.nCopies(fitted.size(), 1.0), List.of(), heldOut.length),
                    OutOfScopeDetector.leaveOneOut(primary, labels, intents, options.outOfScopeFlagRate()));
        }
        int[] heldOutLabels = rows(labels, heldOut);
        List<Double> temperatures = new ArrayList<>(fitted.size());
        List<List<double[]>> logits = new ArrayList<>(fitted.size());
        for (int m = 0; m < fitted.size(); m++) {
            List<double[]> memberLogits = new ArrayList<>(heldOut.length);
            for (int row : heldOut) {
                memberLogits.add(fitted.get(m).logits(texts.get(row), embeddings.get(m)[row]));
            }
            logits.add(memberLogits);
            temperatures.add(TemperatureFit.fit(memberLogits, heldOutLabels));
        }
        List<ScoredAnswer> answers = new ArrayList<>(heldOut.length);
        double[] confidences = new double[heldOut.length];
        double[] nearest = new double[heldOut.length];
        ExamplesByIntent fittedExamples = fitted.get(0).examples();
        List<ExamplesByIntent> voters =
                fitted.stream().map(FittedHead::examples).toList();
        for (int i = 0; i < heldOut.length; i++) {
            List<double[]> each = new ArrayList<>(fitted.size());
            List<float[]> questions = new ArrayList<>(fitted.size());
            for (int m = 0; m < fitted.size(); m++) {
                each.add(SoftmaxHead.softmax(logits.get(m).get(i), temperatures.get(m)));
                questions.add(embeddings.get(m)[heldOut[i]]);
            }
            double[] p = NeighbourVotes.blend(EncoderHead.average(each), voters, questions, options.neighbourWeight());
            int best = IntentClassifierTrainer.argMax(p);
            answers.add(new ScoredAnswer(p[best], best == heldOutLabels[i]));
            confidences[i] = p[best];
            nearest[i] = fittedExamples.nearest(primary[heldOut[i]], TopIntents.of(p));
        }
        List<OperatingPoint> points = options.targetPrecisions().stream()
                .map(target -> PrecisionThresholds.choose(answers, target))
                .toList();
        return new HeldOutCalibration(
                new Calibration(temperatures, points, heldOut.length),
                OutOfScopeDetector.calibrated(fittedExamples, confidences, nearest, options.outOfScopeFlagRate()));
    }

    private static int[] rows(int[] labels, int[] rows) {
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = labels[rows[i]];
        }
        return out;
    }
}
