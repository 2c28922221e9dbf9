package dev.penny.intents.quality;

import dev.penny.core.understanding.IntentPrediction;
import dev.penny.intents.catalog.LabelledExample;
import dev.penny.intents.classifier.IntentClassifierTrainer;
import dev.penny.intents.classifier.OnnxIntentClassifier;
import dev.penny.intents.classifier.OperatingPoint;
import dev.penny.intents.classifier.TrainingOptions;
import dev.penny.intents.encoder.SentenceEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Trains one classifier per fold, as publishing would (same trainer, same options), on every other fold, and has it
 * judge the fold it did not see.
 *
 * @param verdicts one per example, fold after fold
 * @param calibratedThresholds each fold's calibrated threshold at the asked precision; shorter than the folds when
 *     some fold was too small to calibrate
 * @param folds how many folds were run
 */
record CrossValidation(List<Verdict> verdicts, List<Double> calibratedThresholds, int folds) {

    static CrossValidation run(
            List<List<LabelledExample>> folds,
            List<LabelledExample> titles,
            List<SentenceEncoder> encoders,
            TrainingOptions options,
            double answeredPrecision) {
        IntentClassifierTrainer trainer = new IntentClassifierTrainer(encoders, options);
        List<Verdict> verdicts = new ArrayList<>();
        List<Double> thresholds = new ArrayList<>();
        for (int f = 0; f < folds.size(); f++) {
            List<LabelledExample> training = new ArrayList<>();
            for (int other = 0; other < folds.size(); other++) {
                if (other != f) {
                    training.addAll(folds.get(other));
                }
            }
            OnnxIntentClassifier classifier = trainer.train(training, titles);
            List<LabelledExample> test = folds.get(f);
            List<IntentPrediction> predictions = classifier.classifyAll(
                    test.stream().map(LabelledExample::text).toList());
            for (int i = 0; i < test.size(); i++) {
                IntentPrediction p = predictions.get(i);
                verdicts.add(new Verdict(
                        test.get(i).text(),
                        test.get(i).intentId(),
                        p.top().orElseThrow().intentId(),
                        p.topConfidence(),
                        p.outOfScope()));
            }
            Optional<OperatingPoint> point = classifier.calibration().at(answeredPrecision);
            point.ifPresent(op -> thresholds.add(op.threshold()));
        }
        return new CrossValidation(verdicts, thresholds, folds.size());
    }

    double accuracy() {
        return verdicts.isEmpty() ? 0 : verdicts.stream().filter(Verdict::right).count() / (double) verdicts.size();
    }

    /** The folds' mean threshold, if every fold calibrated one. */
    Double calibratedThreshold() {
        return calibratedThresholds.size() < folds || folds == 0
                ? null
                : calibratedThresholds.stream()
                        .mapToDouble(Double::doubleValue)
                        .average()
                        .orElseThrow();
    }
}
