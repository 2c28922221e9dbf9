package dev.penny.channels.catalog;

import dev.penny.channels.web.ApiProblem;
import dev.penny.channels.wire.ErrorCode;
import dev.penny.intents.catalog.Catalog;
import dev.penny.intents.catalog.CatalogWriter;
import dev.penny.intents.knowledge.Article;
import dev.penny.intents.versions.CatalogDiff;
import dev.penny.intents.versions.CatalogStore;
import dev.penny.intents.versions.CatalogVersion;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Publishing the draft and what it would change, the published versions with what changed in each, and rolling back
 * to one of them.
 */
@RestController
class Versions {

    private final CatalogStore store;
    private final CatalogPublisher publisher;
    private final DraftCatalog draft;

    Versions(CatalogStore store, CatalogPublisher publisher, DraftCatalog draft) {
        this.store = store;
        this.publisher = publisher;
        this.draft = draft;
    }

    record Publish(Integer expectedLive) {}

    @PostMapping(path = "/api/catalog/publish", consumes = MediaType.APPLICATION_JSON_VALUE)
    VersionView.Summary publish(@RequestBody Publish body, Principal owner) {
        CatalogVersion version =
                publisher.publish(draft.read(), expectedLive(body), owner.getName(), store.draftThreshold());
        return VersionView.summary(version.summary());
    }

    /** Publishes version n's catalog and threshold again, as a new version; the draft stays as it is. */
    @PostMapping(path = "/api/catalog/versions/{n}/rollback", consumes = MediaType.APPLICATION_JSON_VALUE)
    VersionView.Summary rollback(@PathVariable int n, @RequestBody Publish body, Principal owner) {
        CatalogVersion earlier = existing(store, n);
        CatalogVersion version = publisher.publish(
                earlier.catalog(), expectedLive(body), owner.getName(), earlier.minAnswerConfidence());
        return VersionView.summary(version.summary());
    }

    /** What publishing the draft now would change, from the live version (from nothing before the first publish). */
    @GetMapping("/api/catalog/draft/diff")
    VersionView.DraftChanges draftDiff() {
        Catalog draftNow = draft.read();
        Catalog live = store.live().map(CatalogVersion::catalog).orElse(new Catalog(draftNow.locale(), List.of()));
        CatalogDiff diff = CatalogDiff.between(live, draftNow);
        return new VersionView.DraftChanges(
                diff.added(),
                diff.removed(),
                diff.changed(),
                ArticleChanges.between(live.articles(), draftNow.articles()));
    }

    @GetMapping("/api/catalog/versions")
    List<VersionView.Summary> versions() {
        return store.history().stream().map(VersionView::summary).toList();
    }

    @GetMapping("/api/catalog/versions/{n}")
    VersionView.Detail version(@PathVariable int n) {
        CatalogVersion version = existing(store, n);
        List<Article> before =
                store.version(n - 1).map(v -> v.catalog().articles()).orElse(List.of());
        return VersionView.detail(version, before);
    }

    @GetMapping("/api/catalog/versions/{n}/export")
    ResponseEntity<String> export(@PathVariable int n) {
        return ResponseEntity.ok()
                .contentType(DraftFile.YAML)
                .body(new CatalogWriter().write(existing(store, n).catalog()));
    }

    static CatalogVersion existing(CatalogStore store, int number) {
        return store.version(number)
                .orElseThrow(() -> new ApiProblem(
                        HttpStatus.NOT_FOUND, ErrorCode.UNKNOWN_VERSION, "no version " + number + " was published"));
    }

    private static int expectedLive(Publish body) {
        if (body.expectedLive() == null) {
            throw new ApiProblem(
                    HttpStatus.BAD_REQUEST,
                    ErrorCode.BAD_PAYLOAD,
                    "expectedLive is missing: name the live version you checked the draft against (0 before the"
                            + " first)");
        }
        return body.expectedLive();
    }
}
