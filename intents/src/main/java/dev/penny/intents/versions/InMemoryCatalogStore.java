package dev.penny.intents.versions;

import dev.penny.intents.catalog.Catalog;
import dev.penny.intents.catalog.Intent;
import dev.penny.intents.knowledge.Article;
import dev.penny.intents.knowledge.ArticleLimits;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * A {@link CatalogStore} in this process's memory, for a single node and for tests; it keeps every version until the
 * process ends. One lock guards everything, which is plenty for edits made by people.
 */
public final class InMemoryCatalogStore implements CatalogStore {

    private final Clock clock;
    private final List<DraftIntent> draft = new ArrayList<>();
    private final List<CatalogVersion> versions = new ArrayList<>();
    private final Map<String, Article> articles = new TreeMap<>();
    private OptionalDouble draftThreshold = OptionalDouble.empty();

    public InMemoryCatalogStore(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public synchronized List<DraftIntent> draft() {
        return List.copyOf(draft);
    }

    @Override
    public synchronized Optional<DraftIntent> draftIntent(String id) {
        int at = indexOf(id);
        return at < 0 ? Optional.empty() : Optional.of(draft.get(at));
    }

    @Override
    public synchronized DraftIntent create(Intent intent) {
        int taken = indexOf(intent.id());
        if (taken >= 0) {
            throw new EditConflict("the draft already has an intent " + intent.id(), draft.get(taken));
        }
        DraftIntent created = new DraftIntent(intent, 1);
        draft.add(created);
        return created;
    }

    @Override
    public synchronized DraftIntent update(String id, Intent intent, long expectedRevision) {
        int at = current(id, expectedRevision);
        if (!intent.id().equals(id)) {
            int taken = indexOf(intent.id());
            if (taken >= 0) {
                throw new EditConflict(
                        "cannot rename " + id + " to " + intent.id() + ": the draft already has it", draft.get(taken));
            }
        }
        DraftIntent updated = new DraftIntent(intent, expectedRevision + 1);
        draft.set(at, updated);
        return updated;
    }

    @Override
    public synchronized void delete(String id, long expectedRevision) {
        draft.remove(current(id, expectedRevision));
    }

    @Override
    public synchronized void replaceDraftIntents(Catalog catalog) {
        replaceDraft(catalog.withArticles(List.copyOf(articles.values())));
    }

    @Override
    public synchronized void replaceDraft(Catalog catalog) {
        Map<String, Long> revisions = new HashMap<>();
        draft.forEach(intent -> revisions.put(intent.id(), intent.revision()));
        draft.clear();
        for (Intent intent : catalog.intents()) {
            // An intent that was in the draft moves on a revision, so edits begun before the replacement conflict.
            draft.add(new DraftIntent(intent, revisions.getOrDefault(intent.id(), 0L) + 1));
        }
        articles.clear();
        catalog.articles().forEach(a -> articles.put(a.id(), a));
    }

    @Override
    public synchronized List<Article> draftArticles() {
        return List.copyOf(articles.values());
    }

    @Override
    public synchronized Optional<Article> draftArticle(String id) {
        return Optional.ofNullable(articles.get(id));
    }

    @Override
    public synchronized boolean putDraftArticle(Article article, boolean replace, ArticleLimits limits) {
        boolean held = articles.containsKey(article.id());
        long charsAfter = article.markdown().length();
        for (Article other : articles.values()) {
            charsAfter += other.id().equals(article.id()) ? 0 : other.markdown().length();
        }
        DraftArticleRefusals.checkPut(article.id(), held, replace, articles.size(), charsAfter, limits);
        articles.put(article.id(), article);
        return held;
    }

    @Override
    public synchronized boolean removeDraftArticle(String id) {
        return articles.remove(id) != null;
    }

    @Override
    public synchronized OptionalDouble draftThreshold() {
        return draftThreshold;
    }

    @Override
    public synchronized void setDraftThreshold(OptionalDouble minAnswerConfidence) {
        draftThreshold = Objects.requireNonNull(minAnswerConfidence, "minAnswerConfidence");
    }

    @Override
    public synchronized Optional<CatalogVersion> live() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    @Override
    public synchronized int liveNumber() {
        return versions.size();
    }

    @Override
    public synchronized Optional<CatalogVersion> version(int number) {
        return number < 1 || number > versions.size() ? Optional.empty() : Optional.of(versions.get(number - 1));
    }

    @Override
    public synchronized List<VersionSummary> history() {
        List<VersionSummary> newestFirst = new ArrayList<>();
        for (int i = versions.size() - 1; i >= 0; i--) {
            newestFirst.add(versions.get(i).summary());
        }
        return List.copyOf(newestFirst);
    }

    @Override
    public synchronized CatalogVersion publish(
            Catalog catalog, int expectedLive, String publishedBy, OptionalDouble minAnswerConfidence) {
        if (expectedLive != versions.size()) {
            throw new PublishConflict(expectedLive, versions.size());
        }
        Catalog previous = live().map(CatalogVersion::catalog).orElse(new Catalog(catalog.locale(), List.of()));
        CatalogVersion version = new CatalogVersion(
                versions.size() + 1,
                catalog,
                publishedBy,
                clock.instant(),
                CatalogDiff.between(previous, catalog),
                minAnswerConfidence);
        versions.add(version);
        return version;
    }

    /** The position of intent {@code id} if it is at {@code expectedRevision}. */
    private int current(String id, long expectedRevision) {
        int at = indexOf(id);
        if (at < 0) {
            throw new EditConflict("the draft no longer has an intent " + id, null);
        }
        DraftIntent current = draft.get(at);
        if (current.revision() != expectedRevision) {
            throw new EditConflict(
                    id + " changed since revision " + expectedRevision + "; it is at revision " + current.revision(),
                    current);
        }
        return at;
    }

    private int indexOf(String id) {
        for (int i = 0; i < draft.size(); i++) {
            if (draft.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
