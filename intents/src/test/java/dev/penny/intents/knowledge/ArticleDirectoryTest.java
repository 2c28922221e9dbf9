package dev.penny.intents.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleDirectoryTest {

    private final ArticleDirectory directory = new ArticleDirectory(ArticleLimits.defaults());

    @TempDir
    Path dir;

    @Test
    void reads_every_article_file_below_it_with_ids_and_urls_from_their_paths() throws IOException {
        write("returns.md", "# Returns\n\nWithin 30 days.");
        write("billing/Card Fees.html", "<title>Card fees</title><p>No fee abroad.</p>");
        write("notes.docx", "not an article");
        write(".drafts/secret.md", "# Hidden");

        List<Article> articles = directory.read(dir, "https://help.example.com/");

        assertThat(articles)
                .extracting(Article::id, Article::title, Article::url)
                .containsExactly(
                        tuple("billing-card-fees", "Card fees", "https://help.example.com/billing/Card Fees"),
                        tuple("returns", "Returns", "https://help.example.com/returns"));
    }

    @Test
    void refuses_the_whole_directory_for_one_bad_file_and_names_it() throws IOException {
        write("returns.md", "# Returns\n\n[click](javascript:alert(1))");
        write("shipping.md", "# Shipping");

        ArticleException refused = catchThrowableOfType(ArticleException.class, () -> directory.read(dir, ""));

        assertThat(refused.code()).isEqualTo(ArticleException.Code.UNSAFE_LINK);
        assertThat(refused.getMessage()).contains("returns.md");
    }

    @Test
    void refuses_ten_thousand_files_before_reading_any() throws IOException {
        for (int i = 0; i < 10_000; i++) {
            Files.writeString(dir.resolve("a" + i + ".md"), "# A\n\ntext");
        }

        ArticleException refused = catchThrowableOfType(ArticleException.class, () -> directory.read(dir, ""));

        assertThat(refused.code()).isEqualTo(ArticleException.Code.TOO_MANY_ARTICLES);
        assertThat(refused.getMessage()).contains("10000 article files");
    }

    @Test
    void refuses_files_holding_more_text_together_than_a_version_may() throws IOException {
        write("a.md", "x".repeat(600));
        write("b.md", "y".repeat(600));
        ArticleDirectory bounded = new ArticleDirectory(ArticleLimits.defaults().withMaxTotalChars(1_000));

        ArticleException refused = catchThrowableOfType(ArticleException.class, () -> bounded.read(dir, ""));

        assertThat(refused.code()).isEqualTo(ArticleException.Code.TOO_MUCH_ARTICLE_TEXT);
        assertThat(refused.getMessage()).contains("1200 characters");
        assertThat(new ArticleDirectory(ArticleLimits.defaults().withMaxTotalChars(1_200)).read(dir, ""))
                .hasSize(2);
    }

    @Test
    void refuses_two_files_that_would_share_an_id() throws IOException {
        write("returns.md", "# Returns\n\ntext");
        write("Returns.html", "<p>text</p>");

        ArticleException refused = catchThrowableOfType(ArticleException.class, () -> directory.read(dir, ""));

        assertThat(refused.code()).isEqualTo(ArticleException.Code.DUPLICATE_ARTICLE_ID);
    }

    private void write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
