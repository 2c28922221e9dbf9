package dev.penny.intents.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules every intent must follow, shared by {@link CatalogValidator} (a whole file) and the editor (one intent
 * against the draft), so both say the same thing in the same words. Fields are named as in the catalog file
 * ({@code id}, {@code answer}, {@code examples}, {@code follow_ups}).
 */
public final class IntentChecks {

    private static final Pattern ID = Pattern.compile("[a-z0-9_.-]+");

    /** The longest answer: a chat answer, not a manual; its links are checked only within it. */
    static final int MAX_ANSWER_CHARS = 10_000;

    private IntentChecks() {}

    /**
     * The form in which two examples count as the same: ignoring case and runs of whitespace, as a visitor's message
     * would be compared.
     */
    public static String normalise(String example) {
        return example.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The id, answer, links and examples of intent {@code i}, on their own. */
    public static void checkIntent(Intent intent, int i, int minExamples, IntentFindings findings) {
        String id = intent.id();
        if (id.isEmpty()) {
            findings.error(i, "id", -1, "id is missing");
        } else if (!ID.matcher(id).matches()) {
            findings.error(i, "id", -1, "id '" + id + "' may only use a-z, 0-9, '_', '.' and '-'");
        }
        if (intent.answer().isEmpty()) {
            findings.error(i, "answer", -1, "answer is empty");
        } else if (intent.answer().startsWith("TODO:")) {
            findings.warning(i, "answer", -1, "answer is still a TODO placeholder");
        }
        if (intent.answer().length() > MAX_ANSWER_CHARS) {
            findings.error(
                    i,
                    "answer",
                    -1,
                    "answer has " + intent.answer().length() + " characters; at most " + MAX_ANSWER_CHARS);
        } else {
            AnswerLinks.unsafe(intent.answer()).forEach(reason -> findings.error(i, "answer", -1, reason));
        }
        for (int e = 0; e < intent.examples().size(); e++) {
            if (intent.examples().get(e).isEmpty()) {
                findings.error(i, "examples", e, "example " + (e + 1) + " is empty");
            }
        }
        long distinct = intent.examples().stream()
                .map(IntentChecks::normalise)
                .filter(e -> !e.isEmpty())
                .distinct()
                .count();
        if (distinct < minExamples) {
            findings.error(
                    i,
                    "examples",
                    -1,
                    "has " + distinct + (distinct == 1 ? " example" : " examples") + "; the classifier needs at least "
                            + minExamples);
        }
    }

    /** Follow-ups of intent {@code i} that name no intent in {@code ids}. */
    public static void checkFollowUps(Intent intent, int i, Set<String> ids, IntentFindings findings) {
        for (int f = 0; f < intent.followUps().size(); f++) {
            String followUp = intent.followUps().get(f);
            if (!ids.contains(followUp)) {
                findings.error(i, "follow_ups", f, "follow_ups names unknown intent '" + followUp + "'");
            }
        }
    }

    /** Ids used twice, reported at every use after the first. */
    public static void checkUniqueIds(List<Intent> intents, IntentFindings findings) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < intents.size(); i++) {
            String id = intents.get(i).id();
            Integer earlier = id.isEmpty() ? null : first.putIfAbsent(id, i);
            if (earlier != null) {
                findings.error(
                        i,
                        "id",
                        -1,
                        "id " + id + " is used twice (first at " + findings.where(earlier, "id", -1) + ")");
            }
        }
    }

    /** Examples listed twice: an error across intents, a warning within one; see {@link ExampleOverlap}. */
    public static void checkOverlap(List<Intent> intents, IntentFindings findings) {
        ExampleOverlap.check(intents, findings);
    }
}
