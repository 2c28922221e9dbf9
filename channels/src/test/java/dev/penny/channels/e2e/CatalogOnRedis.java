package dev.penny.channels.e2e;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * One node on real Redis (database 15 of REDIS_URL) for the catalog API tests of docs/catalog-api.md, with the small
 * test catalog as version 1 and a catalog owner signed in. Each test leaves the draft as valid as it found it.
 */
abstract class CatalogOnRedis {

    static CatalogNode node;
    static CatalogEditor editor;

    @BeforeAll
    static void start() {
        CatalogKeys.clear();
        node = CatalogNode.start(TwoNodesOnRedisIT.redisUrl());
        editor = node.editor();
    }

    @AfterAll
    static void stop() {
        if (node != null) {
            node.close();
        }
        CatalogKeys.clear();
    }

    static Map<String, Object> intent(String id, String answer, String... examples) {
        Map<String, Object> intent = new LinkedHashMap<>();
        intent.put("id", id);
        intent.put("title", null);
        intent.put("examples", List.of(examples));
        intent.put("answer", answer);
        intent.put("tags", List.of("savings"));
        return intent;
    }

    static Map<String, Object> savings(String id) {
        return intent(
                id,
                "Open a savings account in the app under **Accounts** → **New savings account**.",
                "How do I open a savings account?",
                "I want to open a savings account",
                "Can I get a savings account with you?",
                "Where do I start a new savings account?",
                "Open a savings pot for me",
                "I'd like to put money aside in a savings account");
    }

    static int live() {
        return editor.get("").body().path("live").path("version").asInt();
    }
}
