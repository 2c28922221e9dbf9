package dev.penny.channels.catalog;

import dev.penny.intents.knowledge.Article;
import dev.penny.intents.knowledge.ArticleDirectory;
import dev.penny.intents.knowledge.ArticleException;
import dev.penny.intents.knowledge.ArticleImport;
import dev.penny.intents.knowledge.ArticleLimits;
import dev.penny.intents.versions.CatalogStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The articles of {@code penny.knowledge.directory}: read once at start-up, all or nothing, and put into the draft
 * there, where owners see them and publish them with the intents. Going through the draft rather than straight into
 * the live version keeps one way for content to go live (a publish, which every node follows) and means a restart
 * with a changed directory never changes what visitors are answered from by itself.
 */
public final class DirectoryArticles {

    private static final Logger log = LoggerFactory.getLogger(DirectoryArticles.class);

    private DirectoryArticles() {}

    /**
     * @throws IllegalStateException naming the setting and the file when the directory or a file is refused
     */
    public static List<Article> read(Path directory, String baseUrl, ArticleLimits limits) {
        try {
            List<Article> articles = new ArticleDirectory(limits).read(directory, baseUrl);
            log.info("Read {} articles from penny.knowledge.directory {}", articles.size(), directory);
            return articles;
        } catch (ArticleException e) {
            throw new IllegalStateException(
                    "penny.knowledge.directory: " + e.code() + ": " + e.getMessage() + "; nothing was imported", e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("penny.knowledge.directory: " + e.getMessage(), e);
        }
    }

    /**
     * Puts {@code articles} into the draft, each added or replacing the draft's article with its id; all of them, or
     * none when the draft would then hold too many articles or too much text.
     *
     * @throws IllegalStateException naming the setting and the limit when the draft and the directory together pass it
     */
    public static void putInDraft(CatalogStore store, List<Article> articles, ArticleLimits limits) {
        Map<String, Article> after = new TreeMap<>();
        store.draftArticles().forEach(a -> after.put(a.id(), a));
        articles.forEach(a -> after.put(a.id(), a));
        try {
            new ArticleImport(limits).checkAll(List.copyOf(after.values()));
        } catch (ArticleException e) {
            throw new IllegalStateException(
                    "penny.knowledge.directory: " + e.code() + ": the draft with the directory's articles: "
                            + e.getMessage() + "; nothing was put in the draft",
                    e);
        }
        int replaced = 0;
        for (Article article : articles) {
            if (store.putDraftArticle(article, true, limits)) {
                replaced++;
            }
        }
        if (!articles.isEmpty()) {
            log.info(
                    "Put the directory's {} articles into the draft ({} new, {} replaced); publish to serve them",
                    articles.size(),
                    articles.size() - replaced,
                    replaced);
        }
    }
}
