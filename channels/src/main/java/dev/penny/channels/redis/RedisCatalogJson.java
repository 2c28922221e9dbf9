package dev.penny.channels.redis;

import dev.penny.intents.catalog.Catalog;
import dev.penny.intents.catalog.Intent;
import dev.penny.intents.knowledge.Article;
import dev.penny.intents.versions.CatalogDiff;
import dev.penny.intents.versions.CatalogVersion;
import dev.penny.intents.versions.DraftIntent;
import dev.penny.intents.versions.IntentChange;
import dev.penny.intents.versions.VersionSummary;
import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalog's JSON in Redis. Intents are written with their own fields, so a stored intent reads back equal; a
 * version keeps its catalog and everything shown beside it in one document, written once, and that everything again
 * without the catalog in its summary.
 */
final class RedisCatalogJson {

    private final JsonMapper mapper = JsonMapper.builder().build();

    String write(Intent intent) {
        return mapper.writeValueAsString(intent);
    }

    /** A draft intent as the scripts store it, with the order it is listed in. */
    OrderedIntent readDraft(String json) {
        StoredDraftIntent stored = mapper.readValue(json, StoredDraftIntent.class);
        return new OrderedIntent(new DraftIntent(stored.intent(), stored.revision()), stored.order());
    }

    String write(Article article) {
        return mapper.writeValueAsString(article);
    }

    Article readArticle(String json) {
        return mapper.readValue(json, Article.class);
    }

    String write(CatalogVersion version) {
        CatalogDiff diff = version.diff();
        return mapper.writeValueAsString(new StoredVersion(
                version.number(),
                new StoredCatalog(
                        version.catalog().locale(),
                        version.catalog().intents(),
                        version.catalog().articles()),
                version.publishedBy(),
                version.publishedAt().toString(),
                number(version.minAnswerConfidence()),
                new StoredDiff(diff.added(), diff.removed(), diff.changed())));
    }

    CatalogVersion readVersion(String json) {
        StoredVersion stored = mapper.readValue(json, StoredVersion.class);
        return new CatalogVersion(
                stored.number(),
                new Catalog(
                        stored.catalog().locale(),
                        stored.catalog().intents(),
                        stored.catalog().articles()),
                stored.publishedBy(),
                Instant.parse(stored.publishedAt()),
                stored.diff().read(),
                optional(stored.minAnswerConfidence()));
    }

    String write(VersionSummary summary) {
        CatalogDiff diff = summary.diff();
        return mapper.writeValueAsString(new StoredSummary(
                summary.number(),
                summary.publishedBy(),
                summary.publishedAt().toString(),
                number(summary.minAnswerConfidence()),
                new StoredDiff(diff.added(), diff.removed(), diff.changed())));
    }

    VersionSummary readSummary(String json) {
        StoredSummary stored = mapper.readValue(json, StoredSummary.class);
        return new VersionSummary(
                stored.number(),
                stored.publishedBy(),
                Instant.parse(stored.publishedAt()),
                stored.diff().read(),
                optional(stored.minAnswerConfidence()));
    }

    private static Double number(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }

    private static OptionalDouble optional(Double value) {
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    record OrderedIntent(DraftIntent intent, long order) {}

    record StoredDraftIntent(long order, long revision, Intent intent) {}

    /** Versions stored before articles existed read back with none. */
    record StoredCatalog(String locale, List<Intent> intents, List<Article> articles) {}

    record StoredDiff(List<String> added, List<String> removed, List<IntentChange> changed) {

        CatalogDiff read() {
            return new CatalogDiff(added, removed, changed);
        }
    }

    /** A version's summary, kept apart from it so listing versions never reads a catalog. */
    record StoredSummary(
            int number, String publishedBy, String publishedAt, Double minAnswerConfidence, StoredDiff diff) {}

    record StoredVersion(
            int number,
            StoredCatalog catalog,
            String publishedBy,
            String publishedAt,
            Double minAnswerConfidence,
            StoredDiff diff) {}
}
