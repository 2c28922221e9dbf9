package dev.penny.intents.knowledge;

/**
 * Bounds on what an import may bring in, so that one upload cannot exhaust a node's memory or make training take
 * hours.
 *
 * @param maxBytes the largest file accepted, before any parsing
 * @param maxTextChars the most text one article may hold once extracted
 * @param maxArticles the most articles in one catalog version
 * @param maxHtmlTags the most tags an HTML file may hold (parsing cost grows with them)
 * @param maxHtmlDepth the deepest tag nesting accepted (nested-tag bombs)
 * @param maxPdfPages the most pages read from a PDF
 */
public record ArticleLimits(
        long maxBytes, int maxTextChars, int maxArticles, int maxHtmlTags, int maxHtmlDepth, int maxPdfPages) {

    public ArticleLimits {
        if (maxBytes < 1
                || maxTextChars < 1
                || maxArticles < 1
                || maxHtmlTags < 1
                || maxHtmlDepth < 1
                || maxPdfPages < 1) {
            throw new IllegalArgumentException("article limits must be positive");
        }
    }

    /** 10 MiB files, 500,000 characters of text, 2,000 articles, 100,000 HTML tags nested 200 deep, 500 PDF pages. */
    public static ArticleLimits defaults() {
        return new ArticleLimits(10L * 1024 * 1024, 500_000, 2_000, 100_000, 200, 500);
    }
}
