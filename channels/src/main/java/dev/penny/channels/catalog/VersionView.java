package dev.penny.channels.catalog;

import dev.penny.intents.versions.CatalogDiff;
import dev.penny.intents.versions.CatalogVersion;
import dev.penny.intents.versions.IntentChange;
import dev.penny.intents.versions.VersionSummary;
import java.time.Instant;
import java.util.List;

/**
 * A published version as the API lists it (changed intents by id) or shows it alone (with each change); the draft's
 * changes since the live version are shown as a version's are.
 */
final class VersionView {

    private VersionView() {}

    record Summary(int version, String publishedBy, Instant publishedAt, Double minAnswerConfidence, Ids diff) {}

    record Detail(int version, String publishedBy, Instant publishedAt, Double minAnswerConfidence, Changes diff) {}

    record Ids(List<String> added, List<String> removed, List<String> changed) {}

    record Changes(List<String> added, List<String> removed, List<IntentChange> changed) {}

    /** The draft's changes: the intents' as a version's, and the articles'. */
    record DraftChanges(
            List<String> added, List<String> removed, List<IntentChange> changed, ArticleChanges articles) {}

    static Summary summary(VersionSummary v) {
        CatalogDiff diff = v.diff();
        return new Summary(
                v.number(),
                v.publishedBy(),
                v.publishedAt(),
                CatalogOverview.number(v.minAnswerConfidence()),
                new Ids(
                        diff.added(),
                        diff.removed(),
                        diff.changed().stream().map(IntentChange::intentId).toList()));
    }

    static Detail detail(CatalogVersion v) {
        return new Detail(
                v.number(),
                v.publishedBy(),
                v.publishedAt(),
                CatalogOverview.number(v.minAnswerConfidence()),
                changes(v.diff()));
    }

    static Changes changes(CatalogDiff diff) {
        return new Changes(diff.added(), diff.removed(), diff.changed());
    }
}
