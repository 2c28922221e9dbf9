package dev.penny.intents.versions;

import dev.penny.intents.knowledge.ArticleException;
import dev.penny.intents.knowledge.ArticleLimits;

/** The refusals of {@link CatalogStore#putDraftArticle}, worded once for every store. */
public final class DraftArticleRefusals {

    private DraftArticleRefusals() {}

    /**
     * Throws the refusal a put would get, if any.
     *
     * @param id the article's id
     * @param held whether the draft has an article with this id
     * @param replace whether the put may replace it
     * @param count how many articles the draft holds
     * @param charsAfter how much text the draft's articles would hold together after the put
     * @param limits the most articles and text the draft may hold
     */
    public static void checkPut(
            String id, boolean held, boolean replace, int count, long charsAfter, ArticleLimits limits) {
        if (held && !replace) {
            throw duplicate(id);
        }
        if (!held && count >= limits.maxArticles()) {
            throw tooMany(limits.maxArticles());
        }
        limits.checkTotalChars(charsAfter);
    }

    public static ArticleException duplicate(String id) {
        return new ArticleException(
                ArticleException.Code.DUPLICATE_ARTICLE_ID, "the draft already has an article " + id);
    }

    public static ArticleException tooMany(int maxArticles) {
        return new ArticleException(
                ArticleException.Code.TOO_MANY_ARTICLES,
                "the draft holds " + maxArticles + " articles, the most allowed; remove one first");
    }
}
