package dev.penny.intents.editing;

import dev.penny.intents.catalog.Intent;
import dev.penny.intents.catalog.IntentFindings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Collects what {@link dev.penny.intents.catalog.IntentChecks} find about one intent, the candidate, checked in a list
 * that also holds the rest of the draft: problems of other intents were there before this edit and are not its
 * fault, so they are dropped.
 */
final class EditFindings implements IntentFindings {

    private static final Map<String, String> API_NAMES =
            Map.of("follow_ups", "followUps", "quick_replies", "quickReplies");

    private final List<Intent> intents;
    private final int candidate;
    private final List<FieldProblem> problems = new ArrayList<>();

    EditFindings(List<Intent> intents, int candidate) {
        this.intents = intents;
        this.candidate = candidate;
    }

    @Override
    public void error(int intent, String field, int item, String message) {
        if (intent == candidate) {
            problems.add(new FieldProblem(name(field, item), intents.get(intent).id(), message));
        }
    }

    /**
     * A file may keep an example twice (it only wastes a line), but an owner typing one twice made a slip worth
     * pointing out; other warnings (such as a TODO answer) do not stop an edit.
     */
    @Override
    public void warning(int intent, String field, int item, String message) {
        if (field.equals("examples") && item >= 0) {
            error(intent, field, item, message);
        }
    }

    @Override
    public String where(int intent, String field, int item) {
        return field.equals("id") ? "position " + (intent + 1) + " of the draft" : name(field, item);
    }

    List<FieldProblem> problems() {
        return List.copyOf(problems);
    }

    private static String name(String field, int item) {
        String name = API_NAMES.getOrDefault(field, field);
        return item < 0 ? name : name + "[" + item + "]";
    }
}
