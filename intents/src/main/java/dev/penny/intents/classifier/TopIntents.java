package dev.penny.intents.classifier;

/** The few best intents of a probability vector, best first. */
final class TopIntents {

    /** Intents beyond the first few are noise to the policy, the agent console and the out-of-scope check. */
    static final int COUNT = 5;

    private TopIntents() {}

    static int[] of(double[] probabilities) {
        int k = Math.min(COUNT, probabilities.length);
        int[] top = new int[k];
        boolean[] taken = new boolean[probabilities.length];
        for (int rank = 0; rank < k; rank++) {
            int best = -1;
            for (int c = 0; c < probabilities.length; c++) {
                if (!taken[c] && (best < 0 || probabilities[c] > probabilities[best])) {
                    best = c;
                }
            }
            taken[best] = true;
            top[rank] = best;
        }
        return top;
    }
}
