package dev.penny.intents.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Problems found while validating one source, placed on the lines the parser recorded. */
final class LocatedProblems {

    private final String source;
    private final SourceLines lines;
    private final List<CatalogProblem> problems = new ArrayList<>();

    LocatedProblems(String source, SourceLines lines) {
        this.source = source;
        this.lines = lines;
    }

    void error(int intent, String intentId, String field, String message) {
        problems.add(CatalogProblem.error(source, lines.field(intent, field), label(intentId), message));
    }

    void errorAt(int intent, String intentId, String field, int item, String message) {
        problems.add(CatalogProblem.error(source, lines.item(intent, field, item), label(intentId), message));
    }

    void warningAt(int intent, String intentId, String field, int item, String message) {
        problems.add(CatalogProblem.warning(source, lines.item(intent, field, item), label(intentId), message));
    }

    void warning(int intent, String intentId, String field, String message) {
        problems.add(CatalogProblem.warning(source, lines.field(intent, field), label(intentId), message));
    }

    void catalogError(String message) {
        problems.add(CatalogProblem.error(source, 0, null, message));
    }

    /** Where another occurrence is, for messages that must name both: "line 12", or "intent 3". */
    String where(int intent, String field, int item) {
        int line = item < 0 ? lines.field(intent, field) : lines.item(intent, field, item);
        return line > 0 ? "line " + line : "intent " + (intent + 1);
    }

    /** In source order; problems without a line keep their place after those with one. */
    List<CatalogProblem> inSourceOrder() {
        List<CatalogProblem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt(p -> p.line() == 0 ? Integer.MAX_VALUE : p.line()));
        return List.copyOf(sorted);
    }

    private static String label(String intentId) {
        return intentId == null || intentId.isEmpty() ? null : intentId;
    }
}
