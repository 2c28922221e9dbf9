package dev.penny.intents.classifier;

import dev.penny.intents.catalog.LabelledExample;
import dev.penny.intents.encoder.SentenceEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains an {@link OnnxIntentClassifier} on labelled examples in-process, in seconds, deterministically for a seed.
 *
 * <p>A slice of each intent's examples is held out to fit the softmax temperature and to choose the confidence
 * thresholds that reach the asked answered-precisions; then, by default, the head is trained again on every example
 * and keeps those calibrations. Held-out thresholds transfer to the refitted head because it is trained the same
 * way on a superset of the data (the evaluation command checks that the precision holds on test data).
 */
public final class IntentClassifierTrainer {

    private static final Logger log = LoggerFactory.getLogger(IntentClassifierTrainer.class);

    /** Below this many held-out examples a fitted temperature or threshold would be noise. */
    static final int MIN_HELD_OUT = 30;

    private final SentenceEncoder encoder;
    private final TrainingOptions options;

    public IntentClassifierTrainer(SentenceEncoder encoder, TrainingOptions options) {
        this.encoder = encoder;
        this.options = options;
    }

    /**
     * Trains on the examples.
     *
     * @throws IllegalArgumentException if fewer than two intents have examples
     */
    public OnnxIntentClassifier train(List<LabelledExample> examples) {
        long started = System.nanoTime();
        List<String> intentIds = intentIds(examples);
        if (intentIds.size() < 2) {
            throw new IllegalArgumentException(
                    "A classifier needs examples of at least two intents, got " + intentIds.size());
        }
        List<String> texts = examples.stream().map(LabelledExample::text).toList();
        float[][] embeddings = encoder.encode(texts);
        int[] labels = labels(examples, intentIds);
        HeldOutSplit split = HeldOutSplit.stratified(labels, options.heldOutFraction(), options.seed());

        Fitted fitted = fit(split.fitted(), texts, embeddings, labels, intentIds.size());
        Calibrated calibrated = calibrate(fitted, split, texts, embeddings, labels);
        Calibration calibration = calibrated.calibration();
        OutOfScopeDetector outOfScope = calibrated.outOfScope();
        if (options.refitOnAllExamples() && split.heldOut().length > 0) {
            fitted = fit(split.all(), texts, embeddings, labels, intentIds.size());
            outOfScope = outOfScope.withExamples(new ExamplesByIntent(embeddings, labels, intentIds.size()));
        }
        log.info(
                "Trained intent classifier on {} examples of {} intents in {} ms (temperature {}, {} held out)",
                examples.size(),
                intentIds.size(),
                (System.nanoTime() - started) / 1_000_000,
                String.format("%.2f", calibration.temperature()),
                calibration.heldOutExamples());
        return new OnnxIntentClassifier(
                encoder, fitted.featureMap(), fitted.head(), intentIds, calibration, outOfScope);
    }

    private record Fitted(FeatureMap featureMap, SoftmaxHead head) {}

    private record Calibrated(Calibration calibration, OutOfScopeDetector outOfScope) {}

    private Fitted fit(int[] rows, List<String> texts, float[][] embeddings, int[] labels, int intents) {
        List<String> fitTexts = new ArrayList<>(rows.length);
        float[][] fitEmbeddings = new float[rows.length][];
        int[] fitLabels = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            fitTexts.add(texts.get(rows[i]));
            fitEmbeddings[i] = embeddings[rows[i]];
            fitLabels[i] = labels[rows[i]];
        }
        FeatureMap map =
                FeatureMap.fit(fitTexts, fitEmbeddings, Math.max(options.lexicalBuckets(), 1), options.lexicalWeight());
        SoftmaxHead head = SoftmaxTrainer.defaults(options.seed())
                .train(map.features(fitTexts, fitEmbeddings), fitLabels, intents, map.width());
        return new Fitted(map, head);
    }

    private Calibrated calibrate(
            Fitted fitted, HeldOutSplit split, List<String> texts, float[][] embeddings, int[] labels) {
        int[] heldOut = split.heldOut();
        if (heldOut.length < MIN_HELD_OUT) {
            return new Calibrated(
                    new Calibration(1.0, List.of(), heldOut.length),
                    OutOfScopeDetector.leaveOneOut(
                            embeddings, labels, fitted.head().intents(), options.outOfScopeFlagRate()));
        }
        List<double[]> logits = new ArrayList<>(heldOut.length);
        int[] heldOutLabels = new int[heldOut.length];
        for (int i = 0; i < heldOut.length; i++) {
            logits.add(
                    fitted.head().logits(fitted.featureMap().features(texts.get(heldOut[i]), embeddings[heldOut[i]])));
            heldOutLabels[i] = labels[heldOut[i]];
        }
        double temperature = TemperatureFit.fit(logits, heldOutLabels);
        List<ScoredAnswer> answers = new ArrayList<>(heldOut.length);
        double[] confidences = new double[heldOut.length];
        double[] nearest = new double[heldOut.length];
        ExamplesByIntent fittedExamples = new ExamplesByIntent(
                rows(embeddings, split.fitted()),
                rows(labels, split.fitted()),
                fitted.head().intents());
        for (int i = 0; i < heldOut.length; i++) {
            double[] p = SoftmaxHead.softmax(logits.get(i), temperature);
            int best = argMax(p);
            answers.add(new ScoredAnswer(p[best], best == heldOutLabels[i]));
            confidences[i] = p[best];
            nearest[i] = fittedExamples.nearest(embeddings[heldOut[i]], TopIntents.of(p));
        }
        List<OperatingPoint> points = options.targetPrecisions().stream()
                .map(target -> PrecisionThresholds.choose(answers, target))
                .toList();
        return new Calibrated(
                new Calibration(temperature, points, heldOut.length),
                OutOfScopeDetector.calibrated(fittedExamples, confidences, nearest, options.outOfScopeFlagRate()));
    }

    private static int[] rows(int[] labels, int[] rows) {
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = labels[rows[i]];
        }
        return out;
    }

    private static float[][] rows(float[][] embeddings, int[] rows) {
        float[][] out = new float[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = embeddings[rows[i]];
        }
        return out;
    }

    private static List<String> intentIds(List<LabelledExample> examples) {
        Map<String, Boolean> ids = new TreeMap<>();
        examples.forEach(e -> ids.put(e.intentId(), true));
        return List.copyOf(ids.keySet());
    }

    private static int[] labels(List<LabelledExample> examples, List<String> intentIds) {
        Map<String, Integer> index = new TreeMap<>();
        for (int i = 0; i < intentIds.size(); i++) {
            index.put(intentIds.get(i), i);
        }
        return examples.stream().mapToInt(e -> index.get(e.intentId())).toArray();
    }

    static int argMax(double[] p) {
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        return best;
    }
}
