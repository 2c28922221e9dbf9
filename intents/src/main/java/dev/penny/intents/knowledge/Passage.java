package dev.penny.intents.knowledge;

/**
 * One section of an article: what the retriever ranks, the LLM is grounded on and a citation links to.
 *
 * @param articleId the article it comes from
 * @param articleTitle that article's title
 * @param heading the section's heading; empty for the text before the first heading
 * @param url the article's URL with the heading's anchor ({@code …/returns#refunds}), or the article's URL alone
 * @param text the section's text (Markdown)
 */
public record Passage(String articleId, String articleTitle, String heading, String url, String text) {

    /** "Returns › Refunds", or the article title alone: how the passage is named to people. */
    public String label() {
        return heading.isEmpty() || heading.equals(articleTitle) ? articleTitle : articleTitle + " › " + heading;
    }
}
