package dev.penny.channels.catalog;

import dev.penny.channels.catalog.CatalogRefusals.Problem;
import dev.penny.channels.web.ApiProblem;
import dev.penny.channels.wire.ErrorCode;
import dev.penny.intents.catalog.Intent;
import dev.penny.intents.editing.FieldProblem;
import dev.penny.intents.editing.IntentRules;
import dev.penny.intents.versions.CatalogStore;
import dev.penny.intents.versions.DraftIntent;
import dev.penny.intents.versions.EditConflict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * Edits of the draft, checked before they are written: the revision first (an owner working on an old revision sees
 * the intent as it is now rather than a list of problems with their copy), then every rule for the edited intent,
 * each problem naming its field, then the id. The store checks the revision once more as it writes, so an edit racing
 * another is refused there and nothing is overwritten.
 */
final class DraftEdits {

    private final CatalogStore store;
    private final IntentRules rules = new IntentRules();

    DraftEdits(CatalogStore store) {
        this.store = store;
    }

    /** The revision an update was made on; updates must name it. */
    static long revision(Long revision) {
        if (revision == null) {
            throw new ApiProblem(
                    HttpStatus.BAD_REQUEST, ErrorCode.BAD_PAYLOAD, "revision is missing: name the revision you edited");
        }
        return revision;
    }

    DraftIntent existing(String id) {
        return store.draftIntent(id)
                .orElseThrow(() -> new ApiProblem(
                        HttpStatus.NOT_FOUND, ErrorCode.UNKNOWN_INTENT, "the draft has no intent " + id));
    }

    DraftIntent create(Intent intent) {
        check(intent, null);
        try {
            return store.create(intent);
        } catch (EditConflict taken) {
            throw exists(intent.id());
        }
    }

    DraftIntent update(String id, Intent intent, long revision) {
        current(id, revision);
        check(intent, id);
        try {
            return store.update(id, intent, revision);
        } catch (EditConflict conflict) {
            boolean renamedOntoTaken = !intent.id().equals(id)
                    && conflict.current().map(c -> c.id().equals(intent.id())).orElse(false);
            throw renamedOntoTaken ? exists(intent.id()) : conflict;
        }
    }

    DraftIntent addExamples(String id, List<String> examples, long revision) {
        Intent now = current(id, revision).intent();
        List<String> all = new ArrayList<>(now.examples());
        all.addAll(examples);
        return update(
                id,
                new Intent(
                        now.id(),
                        now.title(),
                        all,
                        now.answer(),
                        now.quickReplies(),
                        now.followUps(),
                        now.tags(),
                        now.locale()),
                revision);
    }

    void delete(String id, long revision) {
        existing(id);
        store.delete(id, revision);
    }

    /** The intent at {@code revision}, or the conflict showing it as it is now (or gone). */
    private DraftIntent current(String id, long revision) {
        DraftIntent current = store.draftIntent(id)
                .orElseThrow(() -> new EditConflict("intent " + id + " is no longer in the draft", null));
        if (current.revision() != revision) {
            throw new EditConflict(
                    "intent " + id + " changed since revision " + revision + " (it is at revision " + current.revision()
                            + " now)",
                    current);
        }
        return current;
    }

    private void check(Intent candidate, String originalId) {
        List<Intent> draft = store.draft().stream().map(DraftIntent::intent).toList();
        if (!candidate.id().equals(originalId) && draft.stream().anyMatch(i -> i.id().equals(candidate.id()))) {
            throw exists(candidate.id());
        }
        List<FieldProblem> problems = rules.check(candidate, originalId, draft);
        if (!problems.isEmpty()) {
            throw new ApiProblem(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    ErrorCode.INVALID_INTENT,
                    problems.size() == 1
                            ? "1 problem with the intent; nothing was changed"
                            : problems.size() + " problems with the intent; nothing was changed",
                    problems.stream()
                            .map(p -> new Problem(p.field(), p.intentId(), null, p.message()))
                            .toList(),
                    Map.of());
        }
    }

    private static ApiProblem exists(String id) {
        return new ApiProblem(HttpStatus.CONFLICT, ErrorCode.INTENT_EXISTS, "the draft already has an intent " + id);
    }
}
