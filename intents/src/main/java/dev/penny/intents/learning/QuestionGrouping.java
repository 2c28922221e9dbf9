package dev.penny.intents.learning;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups questions by meaning: leader clustering on unit-length sentence vectors, by cosine similarity to each
 * group's centroid, then one reassignment pass.
 *
 * <p>The first pass takes the questions in the order given; a question joins the group whose centroid is most similar
 * to it if that similarity reaches the threshold, and starts a new group otherwise. Because early questions shape the
 * centroids, a second pass moves every question to the group whose final centroid is most similar (it stays in its
 * own group if none reaches the threshold), and drops groups left empty. Deterministic: the same vectors in the same
 * order give the same groups. Quadratic in the worst case (every question its own group): about 0.1 s for 1,000
 * questions of 384 dimensions.
 *
 * <p>The default threshold, {@value #DEFAULT_SIMILARITY}, was measured with {@link GroupingMeasurement} on the 3,080
 * BANKING77 test rows (77 intents) with the default encoder, bge-small-en-v1.5-q, whose vectors are all fairly
 * similar (at 0.75 the rows fall into 57 groups of mixed intents):
 *
 * <pre>
 * threshold  groups  purity  completeness  in groups of 2+     (1,000 rows, seed 42: groups, purity, completeness)
 *      0.80     153   0.599         0.722            0.982     101  0.544  0.742
 *      0.85     414   0.819         0.589            0.935     255  0.842  0.623
 *      0.86     502   0.848         0.567            0.916     294  0.885  0.604
 *      0.87     622   0.889         0.514            0.892     354  0.912  0.540
 *      0.88     779   0.931         0.455            0.856     427  0.928  0.472
 *      0.90    1144   0.964         0.349            0.757     550  0.961  0.378
 * </pre>
 *
 * Purity matters more than completeness here: an owner merges two groups of one intent in a click, but a mixed group
 * would add wrong examples to an intent. At 0.86 about nine in ten questions sit with their own intent's questions,
 * and nine in ten share a group with at least one other question. BANKING77's intents are finer than most catalogs'
 * (card arrival against card delivery estimate), so purity on real traffic should be no worse.
 */
public final class QuestionGrouping {

    /** The cosine similarity at which a question joins a group, measured as described above. */
    public static final double DEFAULT_SIMILARITY = 0.86;

    private final double similarity;

    /** @param similarity the cosine similarity to a group's centroid at which a question joins it, in (0, 1] */
    public QuestionGrouping(double similarity) {
        if (!(similarity > 0.0 && similarity <= 1.0)) {
            throw new IllegalArgumentException("the grouping similarity must be in (0, 1], was " + similarity);
        }
        this.similarity = similarity;
    }

    public double similarity() {
        return similarity;
    }

    /**
     * Groups unit-length vectors.
     *
     * @return groups as indices into {@code vectors}, each group's indices ascending, groups in the order of their
     *     first member
     */
    public List<List<Integer>> group(float[][] vectors) {
        List<Centroid> leaders = new ArrayList<>();
        for (int i = 0; i < vectors.length; i++) {
            float[] vector = vectors[i];
            int best = mostSimilar(leaders, vector);
            if (best >= 0) {
                leaders.get(best).add(vector);
            } else {
                Centroid started = new Centroid(vector.length);
                started.add(vector);
                leaders.add(started);
            }
        }
        List<float[]> centroids = leaders.stream().map(Centroid::unit).toList();
        List<List<Integer>> members = new ArrayList<>();
        centroids.forEach(c -> members.add(new ArrayList<>()));
        List<List<Integer>> alone = new ArrayList<>();
        for (int i = 0; i < vectors.length; i++) {
            int best = -1;
            double bestSimilarity = similarity;
            for (int g = 0; g < centroids.size(); g++) {
                double s = dot(centroids.get(g), vectors[i]);
                if (s >= bestSimilarity && (best < 0 || s > bestSimilarity)) {
                    best = g;
                    bestSimilarity = s;
                }
            }
            if (best >= 0) {
                members.get(best).add(i);
            } else {
                alone.add(new ArrayList<>(List.of(i)));
            }
        }
        List<List<Integer>> groups = new ArrayList<>();
        members.stream().filter(m -> !m.isEmpty()).forEach(groups::add);
        groups.addAll(alone);
        groups.sort((a, b) -> Integer.compare(a.get(0), b.get(0)));
        return groups.stream().map(List::copyOf).toList();
    }

    /** The unit vector along the sum of {@code vectors}' rows at {@code indices}: the direction a group points to. */
    public static float[] centroid(float[][] vectors, List<Integer> indices) {
        Centroid centroid = new Centroid(vectors[indices.get(0)].length);
        indices.forEach(i -> centroid.add(vectors[i]));
        return centroid.unit();
    }

    static double dot(float[] a, float[] b) {
        double sum = 0.0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private int mostSimilar(List<Centroid> groups, float[] vector) {
        int best = -1;
        double bestSimilarity = similarity;
        for (int g = 0; g < groups.size(); g++) {
            double s = groups.get(g).similarityTo(vector);
            if (s >= bestSimilarity && (best < 0 || s > bestSimilarity)) {
                best = g;
                bestSimilarity = s;
            }
        }
        return best;
    }

    /** A running sum of a group's vectors; its direction is the centroid. */
    private static final class Centroid {
        private final double[] sum;
        private double norm;

        Centroid(int dimension) {
            this.sum = new double[dimension];
        }

        void add(float[] vector) {
            double squares = 0.0;
            for (int i = 0; i < sum.length; i++) {
                sum[i] += vector[i];
                squares += sum[i] * sum[i];
            }
            norm = Math.sqrt(squares);
        }

        double similarityTo(float[] vector) {
            double dot = 0.0;
            for (int i = 0; i < sum.length; i++) {
                dot += sum[i] * vector[i];
            }
            return norm == 0.0 ? 0.0 : dot / norm;
        }

        float[] unit() {
            float[] unit = new float[sum.length];
            for (int i = 0; i < sum.length; i++) {
                unit[i] = norm == 0.0 ? 0f : (float) (sum[i] / norm);
            }
            return unit;
        }
    }
}
