package dev.penny.core.policy;

import dev.penny.core.understanding.IntentScore;
import java.util.Locale;

/** Numbers in reasons, written the same way everywhere so logs can be searched. */
final class Scores {

    private Scores() {}

    static String of(IntentScore score) {
        return score.intentId() + " " + number(score.confidence());
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
