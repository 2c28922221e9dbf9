package dev.penny.intents.editing;

import dev.penny.intents.catalog.CatalogValidator;
import dev.penny.intents.catalog.Intent;
import dev.penny.intents.catalog.IntentChecks;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks one intent an owner created or edited against the rest of the draft, with the catalog validator's rules
 * ({@link IntentChecks}), so that an edit accepted here does not break the draft: the id is present, well formed and
 * not taken; the answer is there and its links are safe; there are enough examples, none blank, none typed twice and
 * none claimed by another intent; follow-ups name intents of the draft. Every problem is reported at once, each
 * naming its field.
 */
public final class IntentRules {

    private final int minExamples;

    /** Rules asking for {@link CatalogValidator#DEFAULT_MIN_EXAMPLES} examples per intent. */
    public IntentRules() {
        this(CatalogValidator.DEFAULT_MIN_EXAMPLES);
    }

    /** @param minExamples the fewest distinct examples an intent may have, as the catalog's validator asks */
    public IntentRules(int minExamples) {
        if (minExamples < 0) {
            throw new IllegalArgumentException("minExamples must not be negative: " + minExamples);
        }
        this.minExamples = minExamples;
    }

    /**
     * The problems with {@code candidate}, empty when it may be written.
     *
     * @param originalIdOrNull the id the intent had before this edit (it differs on a rename), or null for a new one
     * @param draft the draft's intents as they are now, the original among them
     */
    public List<FieldProblem> check(Intent candidate, String originalIdOrNull, List<Intent> draft) {
        List<Intent> intents = new ArrayList<>();
        for (Intent intent : draft) {
            if (!intent.id().equals(originalIdOrNull)) {
                intents.add(intent);
            }
        }
        int at = intents.size();
        intents.add(candidate);
        Set<String> ids = intents.stream().map(Intent::id).collect(Collectors.toSet());
        EditFindings findings = new EditFindings(intents, at);
        IntentChecks.checkIntent(candidate, at, minExamples, findings);
        IntentChecks.checkUniqueIds(intents, findings);
        IntentChecks.checkOverlap(intents, findings);
        IntentChecks.checkFollowUps(candidate, at, ids, findings);
        return findings.problems();
    }
}
