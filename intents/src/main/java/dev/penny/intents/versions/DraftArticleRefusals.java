package dev.penny.intents.versions;

import dev.penny.intents.knowledge.ArticleException;

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
     * @param maxArticles the most it may hold
     */
    public static void checkPut(String id, boolean held, boolean replace, int count, int maxArticles) {
        if (held && !replace) {
            throw duplicate(id);
        }
        if (!held && count >= maxArticles) {
            throw tooMany(maxArticles);
        }
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
