package dev.penny.intents.catalog;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks that a catalog makes sense and reports every problem at once, never just the first.
 *
 * <p>Errors: no intents; an id missing, duplicated or not matching {@code [a-z0-9_.-]+}; an empty answer;
 * an empty example; fewer distinct examples than the classifier needs; an example listed under two
 * intents; a follow-up naming an unknown intent; a link in an answer that is not absolute http(s).
 * Warnings: an example listed twice in one intent; an answer that is still a {@code TODO:} placeholder
 * (as {@link JsonlImport} writes). A missing title is not a problem: it defaults to the humanised id. The rules
 * themselves are {@link IntentChecks}, which the editor applies to one intent at a time.
 */
public final class CatalogValidator {

    /** The fewest examples an intent may have unless the caller says otherwise. */
    public static final int DEFAULT_MIN_EXAMPLES = 2;

    private final int minExamples;

    public CatalogValidator() {
        this(DEFAULT_MIN_EXAMPLES);
    }

    /** @param minExamples the fewest distinct examples an intent may have; 0 turns the check off */
    public CatalogValidator(int minExamples) {
        if (minExamples < 0) {
            throw new IllegalArgumentException("minExamples must not be negative: " + minExamples);
        }
        this.minExamples = minExamples;
    }

    /** Problems with a catalog that did not come from a file, so they carry no source or line. */
    public List<CatalogProblem> validate(Catalog catalog) {
        return validate(catalog, null, SourceLines.none());
    }

    List<CatalogProblem> validate(Catalog catalog, String source, SourceLines lines) {
        List<Intent> intents = catalog.intents();
        LocatedProblems problems = new LocatedProblems(source, lines, intents);
        if (intents.isEmpty()) {
            problems.catalogError("the catalog has no intents");
        }
        Set<String> ids = intents.stream().map(Intent::id).collect(Collectors.toSet());
        for (int i = 0; i < intents.size(); i++) {
            IntentChecks.checkIntent(intents.get(i), i, minExamples, problems);
            IntentChecks.checkFollowUps(intents.get(i), i, ids, problems);
        }
        IntentChecks.checkUniqueIds(intents, problems);
        IntentChecks.checkOverlap(intents, problems);
        return problems.inSourceOrder();
    }
}
