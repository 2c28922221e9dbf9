package dev.penny.intents.classifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;

/** Scratch: augmentation variants measured out-of-fold; not to be kept as is. */
final class ScratchAugment {

    private ScratchAugment() {}

    static void add(
            String spec, List<FeatureVector> features, int[] labels, int intents, long seed, List<Integer> outLabels) {
        String[] parts = spec.split(":");
        String kind = parts[0];
        int copies = Integer.parseInt(parts[1]);
        double param = parts.length > 2 ? Double.parseDouble(parts[2]) : 0.5;
        Random random = new Random(seed * 31 + 7);
        List<List<Integer>> byIntent = new ArrayList<>();
        for (int c = 0; c < intents; c++) {
            byIntent.add(new ArrayList<>());
        }
        for (int i = 0; i < labels.length; i++) {
            byIntent.get(labels[i]).add(i);
        }
        int n = labels.length;
        for (int k = 0; k < copies; k++) {
            for (int i = 0; i < n; i++) {
                FeatureVector a = features.get(i);
                if (kind.equals("noise")) {
                    float[] dense = a.dense().clone();
                    for (int d = 0; d < dense.length; d++) {
                        dense[d] += (float) (random.nextGaussian() * param);
                    }
                    features.add(new FeatureVector(dense, a.indices(), a.values()));
                    outLabels.add(labels[i]);
                } else if (kind.equals("mix") || kind.equals("mixdense")) {
                    List<Integer> same = byIntent.get(labels[i]);
                    int j = same.get(random.nextInt(same.size()));
                    FeatureVector b = features.get(j);
                    // lambda in [param, 1]: mostly the anchor example
                    double lambda = param + (1 - param) * random.nextDouble();
                    float la = (float) lambda;
                    float lb = (float) (1 - lambda);
                    float[] dense = new float[a.dense().length];
                    for (int d = 0; d < dense.length; d++) {
                        dense[d] = la * a.dense()[d] + lb * b.dense()[d];
                    }
                    if (kind.equals("mixdense")) {
                        features.add(new FeatureVector(dense, a.indices(), a.values()));
                    } else {
                        TreeMap<Integer, Float> sparse = new TreeMap<>();
                        for (int t = 0; t < a.indices().length; t++) {
                            sparse.merge(a.indices()[t], la * a.values()[t], Float::sum);
                        }
                        for (int t = 0; t < b.indices().length; t++) {
                            sparse.merge(b.indices()[t], lb * b.values()[t], Float::sum);
                        }
                        int[] idx = sparse.keySet().stream()
                                .mapToInt(Integer::intValue)
                                .toArray();
                        float[] val = new float[idx.length];
                        int t = 0;
                        for (float v : sparse.values()) {
                            val[t++] = v;
                        }
                        features.add(new FeatureVector(dense, idx, val));
                    }
                    outLabels.add(labels[i]);
                } else {
                    throw new IllegalArgumentException("unknown augmentation " + spec);
                }
            }
        }
    }
}
