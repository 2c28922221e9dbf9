package dev.penny.intents.catalog;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A catalog could not be read or is not fit to use. Carries every problem found, not just the first,
 * so an editor can fix them all in one pass.
 */
public class CatalogException extends RuntimeException {

    private final List<CatalogProblem> problems;

    public CatalogException(List<CatalogProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, errors and warnings, in source order. */
    public List<CatalogProblem> problems() {
        return problems;
    }

    public List<CatalogProblem> errors() {
        return problems.stream().filter(CatalogProblem::isError).toList();
    }

    public List<CatalogProblem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    private static String describe(List<CatalogProblem> problems) {
        long errors = problems.stream().filter(CatalogProblem::isError).count();
        String heading = errors == 1 ? "1 catalog error" : errors + " catalog errors";
        return problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n", heading + ":\n", ""));
    }
}
