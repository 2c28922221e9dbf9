package dev.penny.intents.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Problems found while validating one source, placed on the lines the parser recorded.
 *
 * <p>A field the parser found malformed (a list where text belongs) has already been reported, so a rule's verdict on
 * the whole field (say "answer is empty") would only repeat it and is dropped.
 */
final class LocatedProblems implements IntentFindings {

    private final String source;
    private final SourceLines lines;
    private final List<Intent> intents;
    private final List<CatalogProblem> problems = new ArrayList<>();

    LocatedProblems(String source, SourceLines lines, List<Intent> intents) {
        this.source = source;
        this.lines = lines;
        this.intents = intents;
    }

    @Override
    public void error(int intent, String field, int item, String message) {
        if (item >= 0 || !lines.malformed(intent, field)) {
            problems.add(CatalogProblem.error(source, line(intent, field, item), label(intent), message));
        }
    }

    @Override
    public void warning(int intent, String field, int item, String message) {
        if (item >= 0 || !lines.malformed(intent, field)) {
            problems.add(CatalogProblem.warning(source, line(intent, field, item), label(intent), message));
        }
    }

    void catalogError(String message) {
        problems.add(CatalogProblem.error(source, 0, null, message));
    }

    /** Where another occurrence is, for messages that must name both: "line 12", or "intent 3". */
    @Override
    public String where(int intent, String field, int item) {
        int line = line(intent, field, item);
        return line > 0 ? "line " + line : "intent " + (intent + 1);
    }

    /** In source order; problems without a line keep their place after those with one. */
    List<CatalogProblem> inSourceOrder() {
        List<CatalogProblem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt(p -> p.line() == 0 ? Integer.MAX_VALUE : p.line()));
        return List.copyOf(sorted);
    }

    private int line(int intent, String field, int item) {
        return item < 0 ? lines.field(intent, field) : lines.item(intent, field, item);
    }

    private String label(int intent) {
        String id = intents.get(intent).id();
        return id.isEmpty() ? null : id;
    }
}
