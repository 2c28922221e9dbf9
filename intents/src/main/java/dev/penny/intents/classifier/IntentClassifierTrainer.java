package dev.penny.intents.classifier;

import dev.penny.intents.catalog.LabelledExample;
import dev.penny.intents.encoder.SentenceEncoder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains an {@link OnnxIntentClassifier} on labelled examples in-process, in seconds, deterministically for a seed.
 *
 * <p>With several encoders, each gets a head of its own and the classifier averages their calibrated probabilities.
 *
 * <p>A slice of each intent's examples is held out to fit the softmax temperature and to choose the confidence
 * thresholds that reach the asked answered-precisions; then, by default, the head is trained again on every example
 * and keeps those calibrations. Held-out thresholds transfer to the refitted head because it is trained the same
 * way on a superset of the data (the evaluation command checks that the precision holds on test data). A small
 * catalog (see {@link TrainingOptions#outOfFoldBelow()}) cannot spare such a slice: it is split into folds, a head
 * is fitted on each fold's complement, every example is judged by the head that did not see it, and the
 * calibration is chosen on those out-of-fold judgements before the final head is fitted on every example.
 */
public final class IntentClassifierTrainer {

    private static final Logger log = LoggerFactory.getLogger(IntentClassifierTrainer.class);

    private final List<SentenceEncoder> encoders;
    private final TrainingOptions options;

    public IntentClassifierTrainer(SentenceEncoder encoder, TrainingOptions options) {
        this(List.of(encoder), options);
    }

    /**
     * Trains an ensemble: one head per encoder, their calibrated probabilities averaged. The first encoder is the
     * primary one (its vectors go to the retriever and the out-of-scope check).
     */
    public IntentClassifierTrainer(List<SentenceEncoder> encoders, TrainingOptions options) {
        if (encoders.isEmpty()) {
            throw new IllegalArgumentException("A classifier needs at least one sentence encoder");
        }
        this.encoders = List.copyOf(encoders);
        this.options = options;
    }

    /**
     * Trains on the examples.
     *
     * @throws IllegalArgumentException if fewer than two intents have examples
     */
    public OnnxIntentClassifier train(List<LabelledExample> examples) {
        return train(examples, List.of());
    }

    /**
     * Trains on the examples and, in a catalog small enough to be calibrated out-of-fold, on each intent's title as
     * one more example ({@link TrainedTitles}). Every head is fitted on the titles, but no title is held out to
     * calibrate on: a title names an intent rather than asks about it, so judging it would misstate the precision the
     * thresholds promise.
     *
     * @param titles one text per intent that names it, labelled with the intent's id
     * @throws IllegalArgumentException if fewer than two intents have examples
     */
    public OnnxIntentClassifier train(List<LabelledExample> examples, List<LabelledExample> titles) {
        long started = System.nanoTime();
        List<String> intentIds = intentIds(examples);
        if (intentIds.size() < 2) {
            throw new IllegalArgumentException(
                    "A classifier needs examples of at least two intents, got " + intentIds.size());
        }
        List<LabelledExample> named = TrainedTitles.of(examples.size(), titles, intentIds, options);
        List<LabelledExample> rows = new ArrayList<>(examples);
        rows.addAll(named);
        List<String> texts = rows.stream().map(LabelledExample::text).toList();
        List<float[][]> embeddings = MemberEncoding.encode(encoders, texts);
        int[] labels = labels(rows, intentIds);
        int[] exampleLabels = Arrays.copyOf(labels, examples.size());
        List<String> exampleTexts = texts.subList(0, examples.size());
        List<HeldOutSplit> splits = (examples.size() < options.outOfFoldBelow()
                        ? HeldOutSplit.folds(exampleTexts, exampleLabels, options.calibrationFolds(), options.seed())
                        : List.of(HeldOutSplit.stratified(exampleLabels, options.heldOutFraction(), options.seed())))
                .stream()
                        .map(split -> split.alsoFitting(examples.size(), named.size()))
                        .toList();
        List<List<FittedHead>> fittedPerSplit = splits.stream()
                .map(split -> fitAll(split.fitted(), texts, embeddings, labels, intentIds.size()))
                .toList();
        HeldOutCalibration calibrated =
                HeldOutCalibration.of(fittedPerSplit, splits, texts, embeddings, labels, options);
        Calibration calibration = calibrated.calibration();
        OutOfScopeDetector outOfScope = calibrated.outOfScope();
        List<FittedHead> fitted = fittedPerSplit.get(0);
        boolean heldOutAny = splits.get(0).heldOut().length > 0;
        if (splits.size() > 1 || (options.refitOnAllExamples() && heldOutAny)) {
            fitted = fitAll(splits.get(0).all(), texts, embeddings, labels, intentIds.size());
            outOfScope = outOfScope.withExamples(fitted.get(0).examples());
        }
        List<EncoderHead> members = new ArrayList<>(encoders.size());
        for (int m = 0; m < encoders.size(); m++) {
            members.add(new EncoderHead(
                    encoders.get(m), fitted.get(m), calibration.temperatures().get(m)));
        }
        log.info(
                "Trained intent classifier on {} examples and {} titles of {} intents in {} ms (temperatures {}, calibrated on {} {})",
                examples.size(),
                named.size(),
                intentIds.size(),
                (System.nanoTime() - started) / 1_000_000,
                calibration.temperatures().stream()
                        .map(t -> String.format("%.2f", t))
                        .toList(),
                calibration.heldOutExamples(),
                calibration.outOfFold() ? "out-of-fold predictions, " + calibration.folds() + " folds" : "held out");
        return new OnnxIntentClassifier(members, intentIds, calibration, outOfScope, options.neighbourWeight());
    }

    private List<FittedHead> fitAll(
            int[] rows, List<String> texts, List<float[][]> embeddings, int[] labels, int intents) {
        return embeddings.stream()
                .map(e -> fit(rows, texts, e, labels, intents))
                .toList();
    }

    private FittedHead fit(int[] rows, List<String> texts, float[][] embeddings, int[] labels, int intents) {
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
        return new FittedHead(map, head, new ExamplesByIntent(fitEmbeddings, fitLabels, intents));
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

    /** The index of the largest value. */
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
