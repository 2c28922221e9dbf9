package dev.penny.intents.classifier;

import dev.penny.intents.encoder.SentenceEncoder;
import java.util.List;

/**
 * One sentence encoder with the head trained on its embeddings: a classifier of its own, or one member of an
 * ensemble whose calibrated probabilities are averaged.
 *
 * @param temperature fitted on held-out examples for this head alone, so that members with different spreads of
 *     logits weigh the same in the average
 */
record EncoderHead(SentenceEncoder encoder, FittedHead fitted, double temperature) {

    double[] probabilities(String text, float[] embedding) {
        return SoftmaxHead.softmax(fitted.logits(text, embedding), temperature);
    }

    /**
     * The members' probabilities averaged (late fusion). Measured on BANKING77 and HWU64 (README), averaging two
     * encoders' heads beat concatenating their embeddings under one head, which scored below either encoder alone.
     */
    static double[] average(List<double[]> probabilities) {
        if (probabilities.size() == 1) {
            return probabilities.get(0);
        }
        double[] out = new double[probabilities.get(0).length];
        for (double[] p : probabilities) {
            for (int c = 0; c < out.length; c++) {
                out[c] += p[c] / probabilities.size();
            }
        }
        return out;
    }
}
