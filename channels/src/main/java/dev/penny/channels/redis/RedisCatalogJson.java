package dev.penny.channels.redis;

import dev.penny.intents.catalog.Catalog;
import dev.penny.intents.catalog.Intent;
import dev.penny.intents.versions.CatalogDiff;
import dev.penny.intents.versions.CatalogVersion;
import dev.penny.intents.versions.DraftIntent;
import dev.penny.intents.versions.IntentChange;
import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalog's JSON in Redis. Intents are written with their own fields, so a stored intent reads back equal; a
 * version keeps its catalog and everything shown beside it in one document, written once.
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

    String write(CatalogVersion version) {
        CatalogDiff diff = version.diff();
        return mapper.writeValueAsString(new StoredVersion(
                version.number(),
                new StoredCatalog(version.catalog().locale(), version.catalog().intents()),
                version.publishedBy(),
                version.publishedAt().toString(),
                version.minAnswerConfidence().isPresent()
                        ? version.minAnswerConfidence().getAsDouble()
                        : null,
                new StoredDiff(diff.added(), diff.removed(), diff.changed())));
    }

    CatalogVersion readVersion(String json) {
        StoredVersion stored = mapper.readValue(json, StoredVersion.class);
        return new CatalogVersion(
                stored.number(),
                new Catalog(stored.catalog().locale(), stored.catalog().intents()),
                stored.publishedBy(),
                Instant.parse(stored.publishedAt()),
                new CatalogDiff(
                        stored.diff().added(),
                        stored.diff().removed(),
                        stored.diff().changed()),
                stored.minAnswerConfidence() == null
                        ? OptionalDouble.empty()
                        : OptionalDouble.of(stored.minAnswerConfidence()));
    }

    record OrderedIntent(DraftIntent intent, long order) {}

    record StoredDraftIntent(long order, long revision, Intent intent) {}

    record StoredCatalog(String locale, List<Intent> intents) {}

    record StoredDiff(List<String> added, List<String> removed, List<IntentChange> changed) {}

    record StoredVersion(
            int number,
            StoredCatalog catalog,
            String publishedBy,
            String publishedAt,
            Double minAnswerConfidence,
            StoredDiff diff) {}
}
