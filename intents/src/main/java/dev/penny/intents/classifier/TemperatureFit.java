package dev.penny.intents.classifier;

import java.util.List;

/**
 * Fits the softmax temperature that minimises negative log-likelihood on held-out examples (temperature scaling,
 * Guo et al. 2017): one parameter, so it cannot change which intent wins, only how confident the classifier says
 * it is.
 */
final class TemperatureFit {

    private TemperatureFit() {}

    static double fit(List<double[]> logits, int[] labels) {
        double best = 1.0;
        double bestLoss = Double.POSITIVE_INFINITY;
        for (int step = 0; step <= 80; step++) {
            double t = Math.exp(Math.log(0.05) + step * (Math.log(20) - Math.log(0.05)) / 80);
            double loss = 0;
            for (int i = 0; i < logits.size(); i++) {
                loss -= Math.log(Math.max(SoftmaxHead.softmax(logits.get(i), t)[labels[i]], 1e-12));
            }
            if (loss < bestLoss) {
                bestLoss = loss;
                best = t;
            }
        }
        return best;
    }
}
