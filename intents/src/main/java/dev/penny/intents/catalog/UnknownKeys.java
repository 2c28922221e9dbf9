package dev.penny.intents.catalog;

import java.util.Comparator;
import java.util.Optional;
import java.util.Set;

/** Words the report of an unknown key, suggesting the key the editor probably meant. */
final class UnknownKeys {

    // Two edits catch the usual typos (exmaples, answr, quick-replies) without suggesting nonsense.
    private static final int MAX_EDITS = 2;

    private UnknownKeys() {}

    static String describe(String key, Set<String> known) {
        String message = "unknown key '" + key + "'";
        return suggestion(key, known)
                .map(k -> message + " (did you mean '" + k + "'?)")
                .orElse(message + "; expected one of " + known.stream().sorted().toList());
    }

    /** The known key {@code key} is probably a typo of, if any. */
    static Optional<String> suggestion(String key, Set<String> known) {
        return known.stream()
                .filter(k -> distance(key, k) <= MAX_EDITS)
                .min(Comparator.comparingInt((String k) -> distance(key, k)).thenComparing(k -> k));
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
