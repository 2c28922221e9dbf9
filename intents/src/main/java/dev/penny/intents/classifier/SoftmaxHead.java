package dev.penny.intents.classifier;

/**
 * A linear layer with a softmax over intents: the part of the classifier that is trained on the catalog's examples
 * while the sentence encoder stays frozen.
 */
final class SoftmaxHead {

    private final float[][] weights;
    private final float[] bias;

    SoftmaxHead(float[][] weights, float[] bias) {
        this.weights = weights;
        this.bias = bias;
    }

    int intents() {
        return bias.length;
    }

    /** Raw scores (logits), one per intent. */
    double[] logits(FeatureVector features) {
        double[] out = new double[bias.length];
        for (int c = 0; c < out.length; c++) {
            out[c] = bias[c] + features.dot(weights[c]);
        }
        return out;
    }

    static double[] softmax(double[] logits, double temperature) {
        double max = Double.NEGATIVE_INFINITY;
        for (double l : logits) {
            max = Math.max(max, l);
        }
        double[] p = new double[logits.length];
        double sum = 0;
        for (int c = 0; c < p.length; c++) {
            p[c] = Math.exp((logits[c] - max) / temperature);
            sum += p[c];
        }
        for (int c = 0; c < p.length; c++) {
            p[c] /= sum;
        }
        return p;
    }
}
