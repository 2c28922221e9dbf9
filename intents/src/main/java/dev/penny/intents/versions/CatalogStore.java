package dev.penny.intents.versions;

import dev.penny.intents.catalog.Catalog;
import dev.penny.intents.catalog.Intent;
import dev.penny.intents.knowledge.Article;
import dev.penny.intents.knowledge.ArticleException;
import dev.penny.intents.knowledge.ArticleLimits;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Where the catalog lives: one draft that owners edit, and every published version, the newest of which is live.
 *
 * <p>Edits are per intent and checked against the revision they were made on ({@link DraftIntent#revision()}), so two
 * owners editing at once never silently overwrite each other: the second gets {@link EditConflict} with the current
 * intent. Publishing is checked the same way against the live version number, so of two publishes racing, one wins
 * and the other gets {@link PublishConflict}; a version is written whole or not at all.
 *
 * <p>This store keeps content; it does not validate it. Callers validate an intent or catalog before writing it
 * (see {@code dev.penny.intents.editing}). Implementations are thread-safe; the Redis one is shared by every node.
 * A store that cannot be reached throws an unchecked exception and changes nothing.
 */
public interface CatalogStore {

    /** The draft's intents in the order they were added (imports keep the file's order). */
    List<DraftIntent> draft();

    /** One intent of the draft. */
    Optional<DraftIntent> draftIntent(String id);

    /**
     * Adds an intent to the draft at revision 1.
     *
     * @throws EditConflict if the draft already has an intent with this id (current: that intent)
     */
    DraftIntent create(Intent intent);

    /**
     * Replaces intent {@code id}, which may be renamed ({@code intent.id()} differs from {@code id}): the renamed
     * intent keeps its place and its revision count.
     *
     * @throws EditConflict if {@code id} is no longer in the draft (no current intent), its revision is no longer
     *     {@code expectedRevision} (current: intent {@code id} now), or a rename would take an id another intent has
     *     (current: that other intent); checked in this order
     */
    DraftIntent update(String id, Intent intent, long expectedRevision);

    /**
     * Removes intent {@code id} from the draft.
     *
     * @throws EditConflict if it is gone or its revision is no longer {@code expectedRevision}
     */
    void delete(String id, long expectedRevision);

    /**
     * Replaces the whole draft, its intents and its articles, e.g. by a published version to start again from; all
     * at once. An intent whose id was in the draft moves on to its next revision (so an edit begun before the
     * replacement conflicts); a new id starts at revision 1.
     */
    void replaceDraft(Catalog catalog);

    /**
     * Replaces the draft's intents as {@link #replaceDraft(Catalog)} does and keeps its articles, all at once: an
     * import of a catalog file, which holds intents only, never loses an article uploaded meanwhile.
     */
    void replaceDraftIntents(Catalog catalog);

    /** The draft's articles, by id; published with its intents. */
    List<Article> draftArticles();

    /** One article of the draft. */
    Optional<Article> draftArticle(String id);

    /**
     * Puts an article in the draft, checked and applied at once.
     *
     * @param article an article that passed the import's checks
     * @param replace whether an article with this id may be replaced; when false, a taken id is refused
     * @param limits the most articles the draft may hold ({@link ArticleLimits#maxArticles()}) and the most text they
     *     may hold together ({@link ArticleLimits#maxTotalChars()}, counted as the articles' Markdown characters)
     * @return true when an article with this id was replaced, false when it was added
     * @throws ArticleException {@code DUPLICATE_ARTICLE_ID} when the id is taken and replace is false,
     *     {@code TOO_MANY_ARTICLES} when adding would pass the count, {@code TOO_MUCH_ARTICLE_TEXT} when the put would
     *     pass the text limit (see {@link DraftArticleRefusals}); the draft is unchanged
     */
    boolean putDraftArticle(Article article, boolean replace, ArticleLimits limits);

    /** Removes article {@code id} from the draft; false when it had none. */
    boolean removeDraftArticle(String id);

    /** The threshold the owner chose for the draft, saved with it when it is published. */
    OptionalDouble draftThreshold();

    void setDraftThreshold(OptionalDouble minAnswerConfidence);

    /** The live version: the newest published one; empty before the first publish. */
    Optional<CatalogVersion> live();

    /** The live version's number, 0 before the first publish; cheap, for nodes checking whether they are current. */
    int liveNumber();

    /** One published version. */
    Optional<CatalogVersion> version(int number);

    /**
     * Every published version without its catalog, newest first: cheap however large the catalogs, since the summaries
     * are stored apart from them. Read one version's catalog with {@link #version(int)}.
     */
    List<VersionSummary> history();

    /**
     * Publishes {@code catalog} as version {@code expectedLive + 1}, which becomes live.
     *
     * @param catalog a catalog that passed validation
     * @param expectedLive the live version number the caller trained and checked against
     * @param publishedBy the owner publishing
     * @param minAnswerConfidence the threshold saved with the version
     * @throws PublishConflict if the live version is no longer {@code expectedLive}
     */
    CatalogVersion publish(Catalog catalog, int expectedLive, String publishedBy, OptionalDouble minAnswerConfidence);
}
