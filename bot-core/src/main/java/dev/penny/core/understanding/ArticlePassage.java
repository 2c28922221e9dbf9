package dev.penny.core.understanding;

import java.util.Objects;

/**
 * One section of a help-center article, as the bot quotes and cites it.
 *
 * @param articleId the article it comes from
 * @param title how the section is named to people: the article's title, with the section's heading when it has one
 *     ("Returns › Refunds")
 * @param url the article's URL with the section's anchor ({@code https://help.example.com/returns#refunds}); empty
 *     when the article has none
 * @param text the section's text in Markdown
 */
public record ArticlePassage(String articleId, String title, String url, String text) {

    public ArticlePassage {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(title, "title");
        url = url == null ? "" : url;
        Objects.requireNonNull(text, "text");
    }
}
