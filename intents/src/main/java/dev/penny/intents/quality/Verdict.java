package dev.penny.intents.quality;

/**
 * What a classifier trained without an example made of it.
 *
 * @param text the example
 * @param expected the intent it is listed under
 * @param predicted the top intent
 * @param confidence the top intent's confidence
 * @param outOfScope whether the classifier judged it outside the catalog
 */
record Verdict(String text, String expected, String predicted, double confidence, boolean outOfScope) {

    boolean right() {
        return expected.equals(predicted);
    }

    /** Whether the FAQ would answer it at {@code threshold}. */
    boolean answeredAt(double threshold) {
        return !outOfScope && confidence >= threshold;
    }
}
