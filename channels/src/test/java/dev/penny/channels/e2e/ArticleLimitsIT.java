package dev.penny.channels.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code penny.knowledge.max-articles} bounds the draft over the catalog API: the article beyond it is refused with
 * too_many_articles, and neither the draft nor the live version changes; a smaller configured article size is
 * refused as article_too_large, and an article that would take the draft's text past
 * {@code penny.knowledge.max-total-article-chars} as too_much_article_text.
 */
class ArticleLimitsIT {

    private static CatalogNode node;
    private static CatalogEditor editor;

    @BeforeAll
    static void start() {
        CatalogKeys.clear();
        node = CatalogNode.start(
                TwoNodesOnRedisIT.redisUrl(),
                "--penny.knowledge.max-articles=2",
                "--penny.knowledge.max-article-size=1KB",
                "--penny.knowledge.max-total-article-chars=60");
        editor = node.editor();
    }

    @AfterAll
    static void stop() {
        if (node != null) {
            node.close();
        }
        CatalogKeys.clear();
    }

    @Test
    void the_article_beyond_the_configured_count_and_one_beyond_the_configured_size_are_refused() throws IOException {
        assertThat(ArticleUpload.post(editor, "one.md", "# One\n\nThe first.", Map.of())
                        .status())
                .isEqualTo(201);
        assertThat(ArticleUpload.post(editor, "two.md", "# Two\n\nThe second.", Map.of())
                        .status())
                .isEqualTo(201);
        int live = editor.get("").body().path("live").path("version").asInt();
        String before = editor.get("/draft/articles").text();

        CatalogEditor.Reply third = ArticleUpload.post(editor, "three.md", "# Three\n\nOne too many.", Map.of());
        CatalogEditor.Reply replaced = ArticleUpload.send(
                editor,
                "PUT",
                "/draft/articles/two",
                "two.md",
                ("# Two\n\n" + "Long. ".repeat(300)).getBytes(),
                Map.of());
        CatalogEditor.Reply longer = ArticleUpload.send(
                editor,
                "PUT",
                "/draft/articles/two",
                "two.md",
                ("# Two\n\n" + "Long. ".repeat(10)).getBytes(),
                Map.of());

        assertThat(third.status()).isEqualTo(409);
        assertThat(third.body().path("code").asString()).isEqualTo("too_many_articles");
        assertThat(replaced.status()).isEqualTo(413);
        assertThat(replaced.body().path("code").asString()).isEqualTo("article_too_large");
        assertThat(longer.status()).isEqualTo(409);
        assertThat(longer.body().path("code").asString()).isEqualTo("too_much_article_text");
        assertThat(longer.body().path("message").asString()).contains("more than the 60");
        assertThat(editor.get("/draft/articles").text()).isEqualTo(before);
        assertThat(editor.get("").body().path("live").path("version").asInt()).isEqualTo(live);
    }
}
