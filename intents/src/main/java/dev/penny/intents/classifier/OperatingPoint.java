package dev.penny.intents.classifier;

/**
 * A confidence threshold chosen to reach an answered-precision: of the questions the bot answers itself (confidence
 * at or above {@code threshold}), at least {@code targetPrecision} get the right intent. Chosen on examples held
 * out of training, never on test data.
 *
 * @param targetPrecision the precision asked for, e.g. 0.98
 * @param threshold the lowest calibrated confidence that still answers
 * @param heldOutCoverage share of held-out questions answered at this threshold
 * @param heldOutPrecision precision measured on the held-out questions at this threshold
 */
public record OperatingPoint(
        double targetPrecision, double threshold, double heldOutCoverage, double heldOutPrecision) {}
