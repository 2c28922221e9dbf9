package dev.penny.intents.knowledge;

import java.util.Objects;

/**
 * A help-center article, as Penny keeps it whatever it was imported from: its text in Markdown, where {@code #}
 * headings mark the sections the retriever splits it into.
 *
 * @param id a stable id, unique in the catalog (lower case letters, digits, {@code -} and {@code _})
 * @param title the article's title, shown with the passages cited from it
 * @param url where visitors read it; {@code http}, {@code https} or a site path starting with {@code /}
 * @param markdown the article's text; links as {@code [label](url)}, never raw HTML
 */
public record Article(String id, String title, String url, String markdown) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        url = url == null ? "" : url.strip();
        Objects.requireNonNull(markdown, "markdown");
    }
}
