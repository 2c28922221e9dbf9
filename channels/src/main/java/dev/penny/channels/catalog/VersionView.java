package dev.penny.channels.catalog;

import dev.penny.intents.knowledge.Article;
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

    record Detail(
            int version, String publishedBy, Instant publishedAt, Double minAnswerConfidence, DraftChanges diff) {}

    record Ids(List<String> added, List<String> removed, List<String> changed) {}

    /** The intents' changes with each change, and the articles' by id: the draft's, or one version's. */
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

    /** @param before the articles of the version before ({@code v.number() - 1}), none for the first */
    static Detail detail(CatalogVersion v, List<Article> before) {
        CatalogDiff diff = v.diff();
        return new Detail(
                v.number(),
                v.publishedBy(),
                v.publishedAt(),
                CatalogOverview.number(v.minAnswerConfidence()),
                new DraftChanges(
                        diff.added(),
                        diff.removed(),
                        diff.changed(),
                        ArticleChanges.between(before, v.catalog().articles())));
    }
}
