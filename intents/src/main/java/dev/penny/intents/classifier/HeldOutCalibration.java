package dev.penny.intents.classifier;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the held-out examples teach a classifier: each head's temperature, then the thresholds for the asked
 * answered-precisions and the out-of-scope check, both on the heads' averaged probabilities, as the classifier will
 * compute them. Each held-out example is judged by the heads fitted without it: with one split, the same heads for
 * all; with folds, the heads of its own fold (out-of-fold predictions), so that every example of a small catalog
 * counts.
 *
 * @param calibration the temperatures and thresholds
 * @param outOfScope the out-of-scope check, over the primary encoder's vectors of the fitted examples
 */
record HeldOutCalibration(Calibration calibration, OutOfScopeDetector outOfScope) {

    /**
     * Below this many held-out examples a fitted temperature or a percentile of confidences would be noise: the
     * temperatures stay 1 and the out-of-scope check is calibrated leave-one-out on similarity alone. Thresholds are
     * still chosen, since their statistical margin already grows as the examples get fewer.
     */
    static final int MIN_HELD_OUT = 30;

    /**
     * @param fitted for each split, the heads (one per encoder) fitted on its {@code fitted()} rows
     * @param splits the splits, whose {@code heldOut()} rows are the calibration examples
     */
    static HeldOutCalibration of(
            List<List<FittedHead>> fitted,
            List<HeldOutSplit> splits,
            List<String> texts,
            List<float[][]> embeddings,
            int[] labels,
            TrainingOptions options) {
        int members = embeddings.size();
        List<Judged> judged = new ArrayList<>();
        for (int s = 0; s < splits.size(); s++) {
            for (int row : splits.get(s).heldOut()) {
                List<double[]> logits = new ArrayList<>(members);
                for (int m = 0; m < members; m++) {
                    logits.add(fitted.get(s)
                            .get(m)
                            .logits(texts.get(row), embeddings.get(m)[row]));
                }
                judged.add(new Judged(row, fitted.get(s), logits));
            }
        }
        int intents = fitted.get(0).get(0).intents();
        float[][] primary = embeddings.get(0);
        if (judged.isEmpty()) {
            return new HeldOutCalibration(
                    new Calibration(Collections.nCopies(members, 1.0), List.of(), 0, splits.size()),
                    OutOfScopeDetector.leaveOneOut(primary, labels, intents, options.outOfScopeFlagRate()));
        }
        List<Double> temperatures = temperatures(judged, labels, members);
        List<ScoredAnswer> answers = new ArrayList<>(judged.size());
        double[] confidences = new double[judged.size()];
        double[] nearest = new double[judged.size()];
        for (int i = 0; i < judged.size(); i++) {
            Judged j = judged.get(i);
            List<double[]> each = new ArrayList<>(members);
            List<float[]> questions = new ArrayList<>(members);
            for (int m = 0; m < members; m++) {
                each.add(SoftmaxHead.softmax(j.logits().get(m), temperatures.get(m)));
                questions.add(embeddings.get(m)[j.row()]);
            }
            List<ExamplesByIntent> voters =
                    j.heads().stream().map(FittedHead::examples).toList();
            double[] p = NeighbourVotes.blend(EncoderHead.average(each), voters, questions, options.neighbourWeight());
            int best = IntentClassifierTrainer.argMax(p);
            answers.add(new ScoredAnswer(p[best], best == labels[j.row()]));
            confidences[i] = p[best];
            nearest[i] = voters.get(0).nearest(primary[j.row()], TopIntents.of(p));
        }
        List<OperatingPoint> points = options.targetPrecisions().stream()
                .map(target -> PrecisionThresholds.choose(answers, target))
                .toList();
        OutOfScopeDetector outOfScope = judged.size() < MIN_HELD_OUT
                ? OutOfScopeDetector.leaveOneOut(primary, labels, intents, options.outOfScopeFlagRate())
                : OutOfScopeDetector.calibrated(
                        fitted.get(0).get(0).examples(), confidences, nearest, options.outOfScopeFlagRate());
        return new HeldOutCalibration(new Calibration(temperatures, points, judged.size(), splits.size()), outOfScope);
    }

    private static List<Double> temperatures(List<Judged> judged, int[] labels, int members) {
        if (judged.size() < MIN_HELD_OUT) {
            return Collections.nCopies(members, 1.0);
        }
        int[] judgedLabels = judged.stream().mapToInt(j -> labels[j.row()]).toArray();
        List<Double> temperatures = new ArrayList<>(members);
        for (int m = 0; m < members; m++) {
            int member = m;
            temperatures.add(TemperatureFit.fit(
                    judged.stream().map(j -> j.logits().get(member)).toList(), judgedLabels));
        }
        return temperatures;
    }

    /** One held-out example, the heads that never saw it, and each head's raw scores for it. */
    private record Judged(int row, List<FittedHead> heads, List<double[]> logits) {}
}
