package dev.penny.intents.classifier;

import dev.penny.core.understanding.ClassifiedQuestion;
import dev.penny.intents.catalog.JsonlExamples;
import dev.penny.intents.catalog.LabelledExample;
import dev.penny.intents.encoder.EncoderModel;
import dev.penny.intents.encoder.OnnxSentenceEncoder;
import dev.penny.intents.encoder.SentenceEncoder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * The most out-of-scope recall the detector's two signals can give at a known-intent accuracy of 0.90, with the
 * threshold chosen on the test set itself: an upper bound that no calibration on training data can beat. A quarter of
 * the intents is removed from training (seeded as the evaluation command does) and their test rows are the unknown
 * questions.
 *
 * <p>{@code java -cp target/classes:target/test-classes:target/penny-eval.jar
 * dev.penny.intents.classifier.OutOfScopeCeiling TRAIN.jsonl TEST.jsonl [MODEL[+MODEL]]}
 */
final class OutOfScopeCeiling {

    private static final double KNOWN_ACCURACY = 0.90;

    private OutOfScopeCeiling() {}

    public static void main(String[] args) {
        List<LabelledExample> all = JsonlExamples.read(Path.of(args[0]));
        List<LabelledExample> test = JsonlExamples.read(Path.of(args[1]));
        Set<String> unknown = unknownIntents(all, 0.25, 42);
        List<LabelledExample> train =
                all.stream().filter(e -> !unknown.contains(e.intentId())).toList();
        List<SentenceEncoder> encoders = new ArrayList<>();
        try {
            for (EncoderModel model :
                    EncoderModel.resolveAll(args.length > 2 ? args[2] : "bge-small-en-v1.5-q", null)) {
                encoders.add(OnnxSentenceEncoder.load(model));
            }
            OnnxIntentClassifier classifier =
                    new IntentClassifierTrainer(encoders, TrainingOptions.defaults()).train(train);
            Signals signals = Signals.of(classifier, train, test, unknown);
            System.out.printf(
                    "known accuracy before any flag %.4f; best out-of-scope recall at known accuracy %.2f:%n",
                    signals.knownAccuracyUnflagged(), KNOWN_ACCURACY);
            System.out.printf("  confidence alone       %.4f%n", signals.ceiling(true, false));
            System.out.printf("  nearest example alone  %.4f%n", signals.ceiling(false, true));
            System.out.printf("  both (the detector's)  %.4f%n", signals.ceiling(true, true));
        } finally {
            encoders.forEach(SentenceEncoder::close);
        }
    }

    /** The same seeded choice as the evaluation command's {@code --unknown-fraction}. */
    private static Set<String> unknownIntents(List<LabelledExample> train, double fraction, long seed) {
        List<String> intents = new ArrayList<>(
                new TreeSet<>(train.stream().map(LabelledExample::intentId).toList()));
        Collections.shuffle(intents, new Random(seed));
        return new TreeSet<>(intents.subList(0, (int) Math.round(intents.size() * fraction)));
    }

    /** Each test row's confidence and nearest-example similarity, whether it is unknown, and whether it is right. */
    private record Signals(double[] confidence, double[] nearest, boolean[] unknown, boolean[] right) {

        static Signals of(
                OnnxIntentClassifier classifier,
                List<LabelledExample> train,
                List<LabelledExample> test,
                Set<String> unknownIntents) {
            List<String> ids = classifier.intentIds();
            float[][] trainVectors = classifier
                    .encoder()
                    .encode(train.stream().map(LabelledExample::text).toList());
            int[] labels =
                    train.stream().mapToInt(e -> ids.indexOf(e.intentId())).toArray();
            ExamplesByIntent examples = new ExamplesByIntent(trainVectors, labels, ids.size());
            List<ClassifiedQuestion> classified = classifier.classifyQuestions(
                    test.stream().map(LabelledExample::text).toList());
            int n = test.size();
            Signals s = new Signals(new double[n], new double[n], new boolean[n], new boolean[n]);
            for (int i = 0; i < n; i++) {
                ClassifiedQuestion q = classified.get(i);
                int[] top = q.prediction().ranked().stream()
                        .mapToInt(score -> ids.indexOf(score.intentId()))
                        .toArray();
                s.confidence[i] = q.prediction().topConfidence();
                s.nearest[i] = examples.nearest(q.vector().orElseThrow().values(), top);
                s.unknown[i] = unknownIntents.contains(test.get(i).intentId());
                s.right[i] = !s.unknown[i] && ids.get(top[0]).equals(test.get(i).intentId());
            }
            return s;
        }

        double knownAccuracyUnflagged() {
            return count(right) / (double) (right.length - count(unknown));
        }

        /** Flags rows lowest score first, as the detector does (summed percentiles among in-scope rows). */
        double ceiling(boolean useConfidence, boolean useNearest) {
            int n = unknown.length;
            double[] score = new double[n];
            if (useConfidence) {
                addPercentiles(confidence, score);
            }
            if (useNearest) {
                addPercentiles(nearest, score);
            }
            Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
            Arrays.sort(order, Comparator.comparingDouble(i -> score[i]));
            int inScope = n - count(unknown);
            int stillRight = count(right);
            int caught = 0;
            double best = 0;
            for (int i : order) {
                caught += unknown[i] ? 1 : 0;
                stillRight -= right[i] ? 1 : 0;
                if (stillRight / (double) inScope >= KNOWN_ACCURACY) {
                    best = caught / (double) count(unknown);
                }
            }
            return best;
        }

        private void addPercentiles(double[] signal, double[] score) {
            double[] inScope = IntStream.range(0, signal.length)
                    .filter(i -> !unknown[i])
                    .mapToDouble(i -> signal[i])
                    .sorted()
                    .toArray();
            for (int i = 0; i < signal.length; i++) {
                int below = Arrays.binarySearch(inScope, signal[i]);
                score[i] += (below < 0 ? -below - 1 : below) / (double) inScope.length;
            }
        }

        private static int count(boolean[] flags) {
            int c = 0;
            for (boolean f : flags) {
                c += f ? 1 : 0;
            }
            return c;
        }
    }
}
