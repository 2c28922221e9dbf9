package dev.penny.channels.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import dev.penny.channels.catalog.ServedCatalog;
import dev.penny.intents.knowledge.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code penny.knowledge.directory} on real Redis: on an empty store its articles are published in version 1 with the
 * catalog file; on later starts they go into the draft only, so the live version changes only by a publish; a refused
 * file stops the start with the setting, the code and the file named, and nothing is written; so does a directory
 * that would take the draft past its text limit together with the articles the draft already holds.
 */
class ArticleDirectoryIT {

    @TempDir
    static Path help;

    @BeforeAll
    static void clear() {
        CatalogKeys.clear();
    }

    @AfterAll
    static void clearAfter() {
        CatalogKeys.clear();
    }

    @Test
    void the_directory_is_version_1_on_an_empty_store_and_then_goes_into_the_draft_only() throws IOException {
        Files.writeString(
                help.resolve("returns.md"), "# Returns\n\nSend it back within 30 days.\n\n## Refunds\n\n5 days.");

        try (CatalogNode first = start()) {
            ServedCatalog served = first.context.getBean(ServedCatalog.class);
            assertThat(served.number()).isEqualTo(1);
            assertThat(served.catalog().articles())
                    .extracting(Article::id, Article::url)
                    .containsExactly(tuple("returns", "https://help.example.com/returns"));
            assertThat(ids(first.editor().get("/draft/articles").body())).isEqualTo("returns");
        }

        Files.createDirectories(help.resolve("billing"));
        Files.writeString(help.resolve("billing/fees.html"), "<title>Card fees</title><p>No fee abroad.</p>");
        try (CatalogNode second = start()) {
            ServedCatalog served = second.context.getBean(ServedCatalog.class);
            assertThat(served.number()).as("a restart publishes nothing").isEqualTo(1);
            assertThat(served.catalog().articles()).extracting(Article::id).containsExactly("returns");
            assertThat(ids(second.editor().get("/draft/articles").body())).isEqualTo("billing-fees,returns");
        }

        Files.writeString(help.resolve("evil.md"), "# Evil\n\n[click](javascript:alert(1))");
        Throwable refused = catchThrowable(ArticleDirectoryIT::start);
        assertThat(rootMessages(refused)).contains("penny.knowledge.directory", "UNSAFE_LINK", "evil.md");
        Files.delete(help.resolve("evil.md"));
        try (CatalogNode third = start()) {
            assertThat(third.context.getBean(ServedCatalog.class).number()).isEqualTo(1);
            assertThat(ArticleUpload.post(third.editor(), "manual.md", "# Manual\n\n" + "m".repeat(250), Map.of())
                            .status())
                    .isEqualTo(201);
        }

        Files.writeString(help.resolve("new.md"), "# New\n\n" + "n".repeat(100));
        Throwable tooMuch = catchThrowable(() -> start("--penny.knowledge.max-total-article-chars=300"));
        assertThat(rootMessages(tooMuch))
                .contains("penny.knowledge.directory", "TOO_MUCH_ARTICLE_TEXT", "nothing was put in the draft");
        try (CatalogNode withoutDirectory = CatalogNode.start(TwoNodesOnRedisIT.redisUrl())) {
            assertThat(ids(withoutDirectory.editor().get("/draft/articles").body()))
                    .isEqualTo("billing-fees,manual,returns");
        }
    }

    private static CatalogNode start(String... more) {
        List<String> args = new ArrayList<>(
                List.of("--penny.knowledge.directory=" + help, "--penny.knowledge.base-url=https://help.example.com/"));
        args.addAll(List.of(more));
        return CatalogNode.start(TwoNodesOnRedisIT.redisUrl(), args.toArray(String[]::new));
    }

    private static String ids(JsonNode articles) {
        return String.join(
                ",", articles.valueStream().map(a -> a.path("id").asString()).toList());
    }

    private static String rootMessages(Throwable thrown) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }
}
