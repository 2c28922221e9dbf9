package dev.penny.intents.knowledge;

/**
 * Bounds on what an import may bring in, so that one upload cannot exhaust a node's memory or make training take
 * hours.
 *
 * @param maxBytes the largest file accepted, before any parsing
 * @param maxTextChars the most text one article may hold once extracted
 * @param maxArticles the most articles in one catalog version
 * @param maxTotalChars the most text all the articles of one catalog version may hold together: a version is stored,
 *     published and indexed whole, so this bounds its size in the store and the time training takes to index it
 * @param maxHtmlTags the most tags an HTML file may hold (parsing cost grows with them)
 * @param maxHtmlDepth the deepest tag nesting accepted (nested-tag bombs)
 * @param maxPdfPages the most pages read from a PDF
 */
public record ArticleLimits(
        long maxBytes,
        int maxTextChars,
        int maxArticles,
        long maxTotalChars,
        int maxHtmlTags,
        int maxHtmlDepth,
        int maxPdfPages) {

    public ArticleLimits {
        if (maxBytes < 1
                || maxTextChars < 1
                || maxArticles < 1
                || maxTotalChars < 1
                || maxHtmlTags < 1
                || maxHtmlDepth < 1
                || maxPdfPages < 1) {
            throw new IllegalArgumentException("article limits must be positive");
        }
    }

    /**
     * 10 MiB files, 500,000 characters of text, 2,000 articles holding 10,000,000 characters together, 100,000 HTML
     * tags nested 200 deep, 500 PDF pages.
     */
    public static ArticleLimits defaults() {
        return new ArticleLimits(10L * 1024 * 1024, 500_000, 2_000, 10_000_000, 100_000, 200, 500);
    }

    /**
     * Refuses articles that hold {@code chars} characters of text together, when that is more than a version may hold.
     *
     * @throws ArticleException {@code TOO_MUCH_ARTICLE_TEXT}
     */
    public void checkTotalChars(long chars) {
        if (chars > maxTotalChars) {
            throw new ArticleException(
                    ArticleException.Code.TOO_MUCH_ARTICLE_TEXT,
                    "the articles would hold " + chars + " characters of text together, more than the " + maxTotalChars
                            + " one version may hold; remove or shorten an article first");
        }
    }

    /** These limits with another bound on the number of articles. */
    public ArticleLimits withMaxArticles(int articles) {
        return new ArticleLimits(
                maxBytes, maxTextChars, articles, maxTotalChars, maxHtmlTags, maxHtmlDepth, maxPdfPages);
    }

    /** These limits with another bound on the articles' text together. */
    public ArticleLimits withMaxTotalChars(long chars) {
        return new ArticleLimits(maxBytes, maxTextChars, maxArticles, chars, maxHtmlTags, maxHtmlDepth, maxPdfPages);
    }
}
