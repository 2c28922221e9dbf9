package dev.penny.intents.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks that a catalog makes sense and reports every problem at once, never just the first.
 *
 * <p>Errors: no intents; an id missing, duplicated or not matching {@code [a-z0-9_.-]+}; an empty answer;
 * an empty example; fewer distinct examples than the classifier needs; an example listed under two
 * intents; a follow-up naming an unknown intent; a link in an answer that is not absolute http(s).
 * Warnings: an example listed twice in one intent; an answer that is still a {@code TODO:} placeholder
 * (as {@link JsonlImport} writes). A missing title is not a problem: it defaults to the humanised id.
 */
public final class CatalogValidator {

    /** The fewest examples an intent may have unless the caller says otherwise. */
    public static final int DEFAULT_MIN_EXAMPLES = 2;

    private static final Pattern ID = Pattern.compile("[a-z0-9_.-]+");

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
        LocatedProblems problems = new LocatedProblems(source, lines);
        List<Intent> intents = catalog.intents();
        if (intents.isEmpty()) {
            problems.catalogError("the catalog has no intents");
        }
        Set<String> ids = intents.stream().map(Intent::id).collect(Collectors.toSet());
        for (int i = 0; i < intents.size(); i++) {
            checkIntent(intents.get(i), i, lines, problems);
            checkFollowUps(intents.get(i), i, ids, problems);
        }
        checkUniqueIds(intents, problems);
        ExampleOverlap.check(intents, problems);
        return problems.inSourceOrder();
    }

    private void checkIntent(Intent intent, int i, SourceLines lines, LocatedProblems problems) {
        String id = intent.id();
        if (id.isEmpty()) {
            if (!lines.malformed(i, "id")) {
                problems.error(i, id, "id", "id is missing");
            }
        } else if (!ID.matcher(id).matches()) {
            problems.error(i, id, "id", "id '" + id + "' may only use a-z, 0-9, '_', '.' and '-'");
        }
        if (intent.answer().isEmpty() && !lines.malformed(i, "answer")) {
            problems.error(i, id, "answer", "answer is empty");
        } else if (intent.answer().startsWith("TODO:")) {
            problems.warning(i, id, "answer", "answer is still a TODO placeholder");
        }
        AnswerLinks.unsafe(intent.answer()).forEach(reason -> problems.error(i, id, "answer", reason));
        for (int e = 0; e < intent.examples().size(); e++) {
            if (intent.examples().get(e).isEmpty()) {
                problems.errorAt(i, id, "examples", e, "example " + (e + 1) + " is empty");
            }
        }
        long distinct = intent.examples().stream()
                .map(ExampleOverlap::normalise)
                .filter(e -> !e.isEmpty())
                .distinct()
                .count();
        if (distinct < minExamples && !lines.malformed(i, "examples")) {
            problems.error(
                    i,
                    id,
                    "examples",
                    "has " + distinct + (distinct == 1 ? " example" : " examples") + "; the classifier needs at least "
                            + minExamples);
        }
    }

    private static void checkFollowUps(Intent intent, int i, Set<String> ids, LocatedProblems problems) {
        for (int f = 0; f < intent.followUps().size(); f++) {
            String followUp = intent.followUps().get(f);
            if (!ids.contains(followUp)) {
                problems.errorAt(i, intent.id(), "follow_ups", f, "follow_ups names unknown intent '" + followUp + "'");
            }
        }
    }

    private static void checkUniqueIds(List<Intent> intents, LocatedProblems problems) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < intents.size(); i++) {
            String id = intents.get(i).id();
            Integer earlier = id.isEmpty() ? null : first.putIfAbsent(id, i);
            if (earlier != null) {
                problems.error(
                        i,
                        id,
                        "id",
                        "id " + id + " is used twice (first at " + problems.where(earlier, "id", -1) + ")");
            }
        }
    }
}
