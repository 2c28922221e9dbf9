package dev.penny.intents.classifier;

import java.util.List;

/**
 * How the classifier is trained. The defaults are the ones the evaluation command measured best (README).
 *
 * @param seed makes the split and the training order reproducible
 * @param heldOutFraction share of each intent's examples kept out of training to calibrate confidence and pick
 *     thresholds
 * @param targetPrecisions answered-precisions to compute thresholds for
 * @param outOfScopeFlagRate share of in-scope questions the out-of-scope verdict may wrongly catch; higher catches
 *     more unknown questions at the cost of known ones
 * @param refitOnAllExamples after calibrating, train again on every example (held-out ones included)
 * @param lexicalBuckets size of the hashed word-feature block; 0 turns lexical features off
 * @param lexicalWeight scale of the lexical block relative to the standardised embedding
 * @param neighbourWeight share of the nearest examples' votes in the probabilities ({@link NeighbourVotes}); 0 uses
 *     the heads alone
 * @param outOfFoldBelow catalogs with fewer examples than this calibrate on out-of-fold predictions of every example
 *     instead of a fixed held-out slice: a slice of a small catalog is too few examples to choose thresholds on
 * @param calibrationFolds how many folds the out-of-fold calibration trains (each on the other folds' examples)
 */
public record TrainingOptions(
        long seed,
        double heldOutFraction,
        List<Double> targetPrecisions,
        double outOfScopeFlagRate,
        boolean refitOnAllExamples,
        int lexicalBuckets,
        float lexicalWeight,
        double neighbourWeight,
        int outOfFoldBelow,
        int calibrationFolds) {

    public TrainingOptions {
        targetPrecisions = List.copyOf(targetPrecisions);
        if (heldOutFraction < 0 || heldOutFraction >= 0.5) {
            throw new IllegalArgumentException("heldOutFraction must be in [0, 0.5), was " + heldOutFraction);
        }
        if (neighbourWeight < 0 || neighbourWeight > 1) {
            throw new IllegalArgumentException("neighbourWeight must be in [0, 1], was " + neighbourWeight);
        }
        if (calibrationFolds < 2) {
            throw new IllegalArgumentException("calibrationFolds must be at least 2, was " + calibrationFolds);
        }
    }

    public static TrainingOptions defaults() {
        return new TrainingOptions(42, 0.15, List.of(0.99, 0.98, 0.95), 0.06, true, 4096, 8f, 0.35, 5000, 5);
    }

    public TrainingOptions withSeed(long newSeed) {
        return new TrainingOptions(
                newSeed,
                heldOutFraction,
                targetPrecisions,
                outOfScopeFlagRate,
                refitOnAllExamples,
                lexicalBuckets,
                lexicalWeight,
                neighbourWeight,
                outOfFoldBelow,
                calibrationFolds);
    }

    public TrainingOptions withNeighbourWeight(double weight) {
        return new TrainingOptions(
                seed,
                heldOutFraction,
                targetPrecisions,
                outOfScopeFlagRate,
                refitOnAllExamples,
                lexicalBuckets,
                lexicalWeight,
                weight,
                outOfFoldBelow,
                calibrationFolds);
    }

    public TrainingOptions withOutOfFoldBelow(int examples) {
        return new TrainingOptions(
                seed,
                heldOutFraction,
                targetPrecisions,
                outOfScopeFlagRate,
                refitOnAllExamples,
                lexicalBuckets,
                lexicalWeight,
                neighbourWeight,
                examples,
                calibrationFolds);
    }
}
