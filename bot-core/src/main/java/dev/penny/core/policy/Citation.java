package dev.penny.core.policy;

import dev.penny.core.understanding.PassageMatch;
import java.util.Objects;

/**
 * An article passage a bot answer rests on, as the visitor sees it cited ({@code [1]}) and an agent sees it in the
 * transcript.
 *
 * @param number the number the answer's text cites it by, from 1
 * @param articleId the article it comes from
 * @param title the passage's name ("Returns › Refunds")
 * @param url the article's URL with the passage's anchor; empty when the article has none
 * @param score how well the passage matched the question
 */
public record Citation(int number, String articleId, String title, String url, double score) {

    public Citation {
        if (number < 1) {
            throw new IllegalArgumentException("citations are numbered from 1, was " + number);
        }
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(title, "title");
        url = url == null ? "" : url;
    }

    /** The passage of {@code match}, cited as {@code number}. */
    public static Citation of(int number, PassageMatch match) {
        return new Citation(
                number,
                match.passage().articleId(),
                match.passage().title(),
                match.passage().url(),
                match.score());
    }
}
