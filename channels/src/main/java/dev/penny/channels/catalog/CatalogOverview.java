package dev.penny.channels.catalog;

import dev.penny.intents.catalog.Catalog;
import dev.penny.intents.versions.CatalogDiff;
import dev.penny.intents.versions.CatalogStore;
import dev.penny.intents.versions.CatalogVersion;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/catalog}: the live version and the draft at a glance. */
@RestController
class CatalogOverview {

    private final CatalogStore store;
    private final DraftCatalog draft;
    private final SuggestedExamples suggestions;

    CatalogOverview(CatalogStore store, DraftCatalog draft, SuggestedExamples suggestions) {
        this.store = store;
        this.draft = draft;
        this.suggestions = suggestions;
    }

    /** @param suggestExamples whether an LLM can suggest examples (the editor shows the action only then) */
    record Overview(Live live, Draft draft, boolean suggestExamples) {}

    record Live(int version, String publishedBy, Instant publishedAt, Double minAnswerConfidence) {}

    record Draft(int intents, int examples, int articles, boolean changedSinceLive, Double minAnswerConfidence) {}

    @GetMapping("/api/catalog")
    Overview overview() {
        Optional<CatalogVersion> live = store.live();
        Catalog catalog = draft.read();
        OptionalDouble threshold = store.draftThreshold();
        boolean changed = live.map(
                        v -> !CatalogDiff.between(v.catalog(), catalog).isEmpty()
                                || !ArticleChanges.between(v.catalog().articles(), catalog.articles())
                                        .isEmpty()
                                || !v.minAnswerConfidence().equals(threshold))
                .orElse(!catalog.intents().isEmpty() || !catalog.articles().isEmpty());
        return new Overview(
                live.map(v -> new Live(v.number(), v.publishedBy(), v.publishedAt(), number(v.minAnswerConfidence())))
                        .orElse(null),
                new Draft(
                        catalog.intents().size(),
                        catalog.trainingExamples().size(),
                        catalog.articles().size(),
                        changed,
                        number(threshold)),
                suggestions.available());
    }

    static Double number(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
