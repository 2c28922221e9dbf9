package dev.penny.intents.classifier;

import java.util.List;
import java.util.Optional;

/**
 * How a trained classifier's raw scores become trustworthy confidences, and the thresholds derived from them.
 *
 * @param temperatures one per encoder: its head's logits are divided by this before the softmax; fitted on held-out
 *     examples so that a confidence of 0.9 is right about 90% of the time
 * @param operatingPoints thresholds for the answered-precisions asked for in training
 * @param heldOutExamples how many examples the fit used; 0 means the catalog was too small and defaults apply
 * @param folds 1 when the examples were judged by heads fitted on one fixed split; more when each was judged by the
 *     heads of its own fold (out-of-fold), as for a catalog too small to spare a slice
 */
public record Calibration(
        List<Double> temperatures, List<OperatingPoint> operatingPoints, int heldOutExamples, int folds) {

    public Calibration {
        temperatures = List.copyOf(temperatures);
        operatingPoints = List.copyOf(operatingPoints);
    }

    /** Whether each example was judged by heads of its own fold rather than one fixed slice held out. */
    public boolean outOfFold() {
        return folds > 1;
    }

    /** The operating point for a target precision, if training computed one. */
    public Optional<OperatingPoint> at(double targetPrecision) {
        return operatingPoints.stream()
                .filter(p -> Math.abs(p.targetPrecision() - targetPrecision) < 1e-9)
                .findFirst();
    }
}
