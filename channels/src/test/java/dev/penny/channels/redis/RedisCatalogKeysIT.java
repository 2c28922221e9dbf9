package dev.penny.channels.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.intents.catalog.Catalog;
import dev.penny.intents.catalog.Intent;
import dev.penny.intents.knowledge.Article;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.Cursor;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The catalog's keys follow the schema in RedisKeys: one hash tag for all, no expiry, an edit writes one field. */
class RedisCatalogKeysIT {

    private final RedisTestServer server = RedisTestServer.get();
    private final StringRedisTemplate redis = server.template();

    private static Intent intent(String id, String... examples) {
        return new Intent(id, null, List.of(examples), "Answer of " + id, null, null, null, null);
    }

    @Test
    void the_catalog_keys_share_one_slot_never_expire_and_an_edit_rewrites_only_its_intent() {
        server.flush();
        RedisCatalogStore store = new RedisCatalogStore(redis, Clock.systemUTC());
        Catalog catalog = new Catalog("en", List.of(intent("a", "one", "two"), intent("b", "three", "four")))
                .withArticles(List.of(new Article("returns", "Returns", "/returns", "# Returns\n\nIn 5 days.")));
        store.replaceDraft(catalog);
        store.setDraftThreshold(OptionalDouble.of(0.7));
        store.publish(catalog, 0, "olivia", OptionalDouble.empty());
        String untouched = (String) redis.opsForHash().get(RedisKeys.draft(), "b");

        store.update("a", intent("a", "one", "two", "five"), 1);

        assertThat(allKeys())
                .containsExactlyInAnyOrder(
                        "penny:catalog:{main}:draft",
                        "penny:catalog:{main}:draft-order",
                        "penny:catalog:{main}:draft-threshold",
                        "penny:catalog:{main}:draft-articles",
                        "penny:catalog:{main}:draft-article-chars",
                        "penny:catalog:{main}:versions",
                        "penny:catalog:{main}:version-summaries",
                        "penny:catalog:{main}:live")
                .allSatisfy(key ->
                        assertThat(redis.getExpire(key)).as("TTL of %s", key).isEqualTo(-1));
        assertThat(redis.opsForHash().get(RedisKeys.draft(), "b")).isEqualTo(untouched);
        assertThat((String) redis.opsForHash().get(RedisKeys.draft(), "a")).contains("\"revision\":2", "five");
    }

    private List<String> allKeys() {
        List<String> keys = new ArrayList<>();
        try (Cursor<String> cursor =
                redis.scan(ScanOptions.scanOptions().match("penny:*").build())) {
            cursor.forEachRemaining(keys::add);
        }
        return keys;
    }
}
