package dev.penny.channels.config;

import dev.penny.intents.knowledge.ArticleLimits;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Help-center articles read from a directory ({@code penny.knowledge.*}). At every start the directory's Markdown,
 * HTML and PDF files are put into the draft (added, or replacing the draft's article with the same id); when the store
 * has no version yet they are also published in version 1 with the catalog file. A file that is refused stops the
 * start with its code and name, before anything is written.
 *
 * @param directory a directory of Markdown, HTML and PDF files, read with its sub-directories; empty for none
 * @param baseUrl where the directory is published for visitors: an article's URL is this followed by its path in the
 *     directory without the extension; empty for articles without a URL
 * @param maxArticles the most articles a catalog version may hold; one more is refused with too_many_articles
 * @param maxArticleSize the largest article file accepted, before it is read; a larger one is refused with
 *     article_too_large (uploads are also bounded by spring.servlet.multipart.max-file-size)
 * @param maxArticleChars the most text one article may hold once extracted; more is refused with article_too_large
 * @param maxTotalArticleChars the most text a version's articles may hold together; an article that would pass it is
 *     refused with too_much_article_text
 */
@ConfigurationProperties("penny.knowledge")
public record KnowledgeProperties(
        String directory,
        String baseUrl,
        Integer maxArticles,
        DataSize maxArticleSize,
        Integer maxArticleChars,
        Long maxTotalArticleChars) {

    public KnowledgeProperties {
        directory = directory == null ? "" : directory.strip();
        baseUrl = baseUrl == null ? "" : baseUrl.strip();
        ArticleLimits defaults = ArticleLimits.defaults();
        maxArticles = maxArticles == null ? defaults.maxArticles() : maxArticles;
        maxArticleSize = maxArticleSize == null ? DataSize.ofBytes(defaults.maxBytes()) : maxArticleSize;
        maxArticleChars = maxArticleChars == null ? defaults.maxTextChars() : maxArticleChars;
        maxTotalArticleChars = maxTotalArticleChars == null ? defaults.maxTotalChars() : maxTotalArticleChars;
        if (maxArticles < 1 || maxArticleSize.toBytes() < 1 || maxArticleChars < 1 || maxTotalArticleChars < 1) {
            throw new IllegalArgumentException("penny.knowledge.max-articles, max-article-size, max-article-chars and"
                    + " max-total-article-chars must be positive");
        }
    }

    /** The limits on articles these settings give, the HTML and PDF bounds as by default. */
    public ArticleLimits limits() {
        ArticleLimits defaults = ArticleLimits.defaults();
        return new ArticleLimits(
                maxArticleSize.toBytes(),
                maxArticleChars,
                maxArticles,
                maxTotalArticleChars,
                defaults.maxHtmlTags(),
                defaults.maxHtmlDepth(),
                defaults.maxPdfPages());
    }

    /** The configured directory, if any. */
    public Optional<Path> directoryPath() {
        return directory.isEmpty() ? Optional.empty() : Optional.of(Path.of(directory));
    }
}
