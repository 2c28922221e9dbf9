package dev.penny.intents.classifier;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a text and its sentence embedding into the head's input: the embedding standardised per dimension (the raw
 * dimensions of a sentence encoder have very different spreads, which slows a linear head and skews its
 * regularisation) followed by the lexical block.
 */
final class FeatureMap {

    private final float[] mean;
    private final float[] inverseStd;
    private final LexicalFeatures lexical;

    private FeatureMap(float[] mean, float[] inverseStd, LexicalFeatures lexical) {
        this.mean = mean;
        this.inverseStd = inverseStd;
        this.lexical = lexical;
    }

    static FeatureMap fit(List<String> texts, float[][] embeddings, int lexicalBuckets, float lexicalWeight) {
        int dim = embeddings[0].length;
        double[] sum = new double[dim];
        double[] squares = new double[dim];
        for (float[] e : embeddings) {
            for (int d = 0; d < dim; d++) {
                sum[d] += e[d];
                squares[d] += (double) e[d] * e[d];
            }
        }
        float[] mean = new float[dim];
        float[] inverseStd = new float[dim];
        for (int d = 0; d < dim; d++) {
            double m = sum[d] / embeddings.length;
            double variance = Math.max(squares[d] / embeddings.length - m * m, 0);
            mean[d] = (float) m;
            inverseStd[d] = (float) (1.0 / (Math.sqrt(variance) + 1e-6));
        }
        return new FeatureMap(mean, inverseStd, LexicalFeatures.fit(texts, lexicalBuckets, lexicalWeight));
    }

    /** Number of head inputs: dense plus sparse positions. */
    int width() {
        return mean.length + lexical.buckets();
    }

    FeatureVector features(String text, float[] embedding) {
        float[] dense = new float[mean.length];
        for (int d = 0; d < dense.length; d++) {
            dense[d] = (embedding[d] - mean[d]) * inverseStd[d];
        }
        List<Integer> indices = new ArrayList<>();
        List<Float> values = new ArrayList<>();
        lexical.features(text, indices, values);
        int[] idx = new int[indices.size()];
        float[] val = new float[values.size()];
        for (int k = 0; k < idx.length; k++) {
            idx[k] = indices.get(k);
            val[k] = values.get(k);
        }
        return new FeatureVector(dense, idx, val);
    }

    List<FeatureVector> features(List<String> texts, float[][] embeddings) {
        List<FeatureVector> out = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            out.add(features(texts.get(i), embeddings[i]));
        }
        return out;
    }
}
