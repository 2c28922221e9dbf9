package dev.penny.channels.catalog;

import dev.penny.intents.versions.CatalogStore;
import dev.penny.intents.versions.DraftIntent;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The draft's intents: list and search, read, create, edit or rename, delete, add examples. */
@RestController
@RequestMapping("/api/catalog/draft/intents")
class DraftIntents {

    private final CatalogStore store;
    private final DraftEdits edits;

    DraftIntents(CatalogStore store, DraftEdits edits) {
        this.store = store;
        this.edits = edits;
    }

    record Summary(String id, String title, int examples, List<String> tags, long revision) {}

    record NewExamples(List<String> examples, Long revision) {}

    @GetMapping
    List<Summary> list(@RequestParam(required = false) String q) {
        String word = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
        return store.draft().stream()
                .filter(d -> word.isEmpty() || mentions(d, word))
                .map(d -> new Summary(
                        d.id(),
                        d.intent().title(),
                        d.intent().examples().size(),
                        d.intent().tags(),
                        d.revision()))
                .toList();
    }

    @GetMapping("/{id}")
    IntentView get(@PathVariable String id) {
        return IntentView.of(edits.existing(id));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<IntentView> create(@RequestBody IntentView intent) {
        return ResponseEntity.status(HttpStatus.CREATED).body(IntentView.of(edits.create(intent.intent())));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    IntentView update(@PathVariable String id, @RequestBody IntentView intent) {
        long revision = DraftEdits.revision(intent.revision());
        // An id left out of the body means "keep it", not "rename to nothing".
        return IntentView.of(edits.update(id, intent.id() == null ? intent.withId(id) : intent.intent(), revision));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id, @RequestParam long revision) {
        edits.delete(id, revision);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/{id}/examples", consumes = MediaType.APPLICATION_JSON_VALUE)
    IntentView addExamples(@PathVariable String id, @RequestBody NewExamples added) {
        return IntentView.of(edits.addExamples(
                id, added.examples() == null ? List.of() : added.examples(), DraftEdits.revision(added.revision())));
    }

    private static boolean mentions(DraftIntent draft, String word) {
        var intent = draft.intent();
        return contains(intent.id(), word)
                || contains(intent.title(), word)
                || contains(intent.answer(), word)
                || intent.examples().stream().anyMatch(e -> contains(e, word));
    }

    private static boolean contains(String text, String word) {
        return text.toLowerCase(Locale.ROOT).contains(word);
    }
}
