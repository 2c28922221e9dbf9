package dev.penny.intents.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A crafted page of unclosed tags cannot make the tag count backtrack: its pattern stops at the next {@code <}. */
class PathologicalHtmlTest {

    private static final int MEGABYTE = 1 << 20;

    @Test
    void a_megabyte_of_unclosed_tags_is_read_within_seconds() {
        String[] read = assertTimeoutPreemptively(
                Duration.ofSeconds(10),
                () -> HtmlArticles.read("crafted", "<a".repeat(MEGABYTE / 2), ArticleLimits.defaults()));

        assertThat(read).hasSize(2);
    }

    @Test
    void tags_are_still_counted() {
        String page = "<p>x</p>".repeat(ArticleLimits.defaults().maxHtmlTags());

        assertThat(assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                    try {
                        HtmlArticles.read("many", page, ArticleLimits.defaults());
                        return "read";
                    } catch (ArticleException e) {
                        return e.getMessage();
                    }
                }))
                .contains("HTML tags");
    }
}
