package dev.penny.intents.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds examples listed twice. Across intents this is an error, because the classifier is taught that
 * one phrasing means two things; within an intent it only wastes a line, so it is a warning. Examples
 * are compared ignoring case and runs of whitespace, as a visitor's message would be.
 */
final class ExampleOverlap {

    private record Occurrence(int intent, int item) {}

    private ExampleOverlap() {}

    static String normalise(String example) {
        return IntentChecks.normalise(example);
    }

    static void check(List<Intent> intents, IntentFindings problems) {
        Map<String, Occurrence> first = new HashMap<>();
        for (int i = 0; i < intents.size(); i++) {
            Intent intent = intents.get(i);
            for (int e = 0; e < intent.examples().size(); e++) {
                String example = intent.examples().get(e);
                String key = normalise(example);
                if (key.isEmpty()) {
                    continue;
                }
                Occurrence earlier = first.putIfAbsent(key, new Occurrence(i, e));
                if (earlier == null) {
                    continue;
                }
                String where = problems.where(earlier.intent(), "examples", earlier.item());
                if (earlier.intent() == i) {
                    problems.warning(
                            i, "examples", e, "example '" + example + "' is listed twice (first at " + where + ")");
                } else {
                    String other = intents.get(earlier.intent()).id();
                    problems.error(
                            i,
                            "examples",
                            e,
                            "example '" + example + "' is also listed under " + other + " (" + where + ")");
                }
            }
        }
    }
}
