package dev.penny.channels.redis;

import dev.penny.channels.redis.RedisCatalogJson.OrderedIntent;
import dev.penny.intents.catalog.Catalog;
import dev.penny.intents.catalog.Intent;
import dev.penny.intents.knowledge.Article;
import dev.penny.intents.knowledge.ArticleLimits;
import dev.penny.intents.versions.CatalogDiff;
import dev.penny.intents.versions.CatalogStore;
import dev.penny.intents.versions.CatalogVersion;
import dev.penny.intents.versions.DraftArticleRefusals;
import dev.penny.intents.versions.DraftIntent;
import dev.penny.intents.versions.EditConflict;
import dev.penny.intents.versions.PublishConflict;
import dev.penny.intents.versions.VersionSummary;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The catalog in Redis, shared by every node: each edit writes one intent (a delta, never the whole draft), and a
 * version is written whole by one script that first checks the live number. The schema is in {@link RedisKeys}.
 */
final class RedisCatalogStore implements CatalogStore {

    private static final long APPLIED = 1;
    private static final long TAKEN = 2;

    private final StringRedisTemplate redis;
    private final Clock clock;
    private final RedisCatalogJson json = new RedisCatalogJson();

    RedisCatalogStore(StringRedisTemplate redis, Clock clock) {
        this.redis = Objects.requireNonNull(redis, "redis");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public List<DraftIntent> draft() {
        Map<String, String> stored = redis.<String, String>opsForHash().entries(RedisKeys.draft());
        return stored.values().stream()
                .map(json::readDraft)
                .sorted(Comparator.comparingLong(OrderedIntent::order))
                .map(OrderedIntent::intent)
                .toList();
    }

    @Override
    public Optional<DraftIntent> draftIntent(String id) {
        return Optional.ofNullable(redis.<String, String>opsForHash().get(RedisKeys.draft(), id))
                .map(stored -> json.readDraft(stored).intent());
    }

    @Override
    public DraftIntent create(Intent intent) {
        List<?> result = redis.execute(
                RedisCatalogScripts.CREATE,
                List.of(RedisKeys.draft(), RedisKeys.draftOrder()),
                intent.id(),
                json.write(intent));
        if (status(result) != APPLIED) {
            throw new EditConflict("the draft already has an intent " + intent.id(), stored(result));
        }
        return stored(result);
    }

    @Override
    public DraftIntent update(String id, Intent intent, long expectedRevision) {
        List<?> result = redis.execute(
                RedisCatalogScripts.UPDATE,
                List.of(RedisKeys.draft()),
                id,
                intent.id(),
                json.write(intent),
                Long.toString(expectedRevision));
        long status = status(result);
        if (status == TAKEN) {
            throw new EditConflict("the draft already has an intent " + intent.id(), stored(result));
        }
        if (status != APPLIED) {
            throw conflict(id, expectedRevision, stored(result));
        }
        return stored(result);
    }

    @Override
    public void delete(String id, long expectedRevision) {
        List<?> result = redis.execute(
                RedisCatalogScripts.DELETE, List.of(RedisKeys.draft()), id, Long.toString(expectedRevision));
        if (status(result) != APPLIED) {
            throw conflict(id, expectedRevision, stored(result));
        }
    }

    @Override
    public void replaceDraft(Catalog catalog) {
        replace(catalog, true);
    }

    @Override
    public void replaceDraftIntents(Catalog catalog) {
        replace(catalog, false);
    }

    private void replace(Catalog catalog, boolean articlesToo) {
        List<String> args = new ArrayList<>();
        args.add(Integer.toString(catalog.intents().size()));
        args.add(articlesToo ? "1" : "0");
        for (Intent intent : catalog.intents()) {
            args.add(intent.id());
            args.add(json.write(intent));
        }
        if (articlesToo) {
            for (Article article : catalog.articles()) {
                args.add(article.id());
                args.add(json.write(article));
                args.add(Integer.toString(article.markdown().length()));
            }
        }
        redis.execute(
                RedisCatalogScripts.REPLACE,
                List.of(
                        RedisKeys.draft(),
                        RedisKeys.draftOrder(),
                        RedisKeys.draftArticles(),
                        RedisKeys.draftArticleChars()),
                args.toArray(Object[]::new));
    }

    @Override
    public List<Article> draftArticles() {
        Map<String, String> stored = redis.<String, String>opsForHash().entries(RedisKeys.draftArticles());
        return new TreeMap<>(stored).values().stream().map(json::readArticle).toList();
    }

    @Override
    public Optional<Article> draftArticle(String id) {
        return Optional.ofNullable(redis.<String, String>opsForHash().get(RedisKeys.draftArticles(), id))
                .map(json::readArticle);
    }

    @Override
    public boolean putDraftArticle(Article article, boolean replace, ArticleLimits limits) {
        List<?> result = redis.execute(
                RedisCatalogScripts.PUT_ARTICLE,
                List.of(RedisKeys.draftArticles(), RedisKeys.draftArticleChars()),
                article.id(),
                json.write(article),
                replace ? "1" : "0",
                Integer.toString(limits.maxArticles()),
                Integer.toString(article.markdown().length()),
                Long.toString(limits.maxTotalChars()));
        long status = result == null || result.isEmpty() ? 0 : ((Number) result.get(0)).longValue();
        if (status == 0) {
            throw DraftArticleRefusals.duplicate(article.id());
        }
        if (status == -1) {
            throw DraftArticleRefusals.tooMany(limits.maxArticles());
        }
        if (status == -2) {
            limits.checkTotalChars(((Number) result.get(1)).longValue());
        }
        return status == 2;
    }

    @Override
    public boolean removeDraftArticle(String id) {
        Long removed = redis.execute(
                RedisCatalogScripts.REMOVE_ARTICLE,
                List.of(RedisKeys.draftArticles(), RedisKeys.draftArticleChars()),
                id);
        return removed != null && removed > 0;
    }

    @Override
    public OptionalDouble draftThreshold() {
        String stored = redis.opsForValue().get(RedisKeys.draftThreshold());
        return stored == null ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(stored));
    }

    @Override
    public void setDraftThreshold(OptionalDouble minAnswerConfidence) {
        if (minAnswerConfidence.isPresent()) {
            redis.opsForValue().set(RedisKeys.draftThreshold(), Double.toString(minAnswerConfidence.getAsDouble()));
        } else {
            redis.delete(RedisKeys.draftThreshold());
        }
    }

    @Override
    public Optional<CatalogVersion> live() {
        int live = liveNumber();
        return live == 0 ? Optional.empty() : version(live);
    }

    @Override
    public int liveNumber() {
        String live = redis.opsForValue().get(RedisKeys.live());
        return live == null ? 0 : Integer.parseInt(live);
    }

    @Override
    public Optional<CatalogVersion> version(int number) {
        return Optional.ofNullable(
                        redis.<String, String>opsForHash().get(RedisKeys.versions(), Integer.toString(number)))
                .map(json::readVersion);
    }

    @Override
    public List<VersionSummary> history() {
        int live = liveNumber();
        Map<String, String> stored = redis.<String, String>opsForHash().entries(RedisKeys.versionSummaries());
        List<VersionSummary> newestFirst = new ArrayList<>();
        for (int number = live; number >= 1; number--) {
            String summary = stored.get(Integer.toString(number));
            if (summary != null) {
                newestFirst.add(json.readSummary(summary));
            } else {
                version(number).map(this::keepSummary).ifPresent(newestFirst::add);
            }
        }
        return List.copyOf(newestFirst);
    }

    /** A version published before summaries were kept gets its summary the first time the history is read. */
    private VersionSummary keepSummary(CatalogVersion version) {
        VersionSummary summary = version.summary();
        redis.opsForHash()
                .putIfAbsent(RedisKeys.versionSummaries(), Integer.toString(version.number()), json.write(summary));
        return summary;
    }

    @Override
    public CatalogVersion publish(
            Catalog catalog, int expectedLive, String publishedBy, OptionalDouble minAnswerConfidence) {
        // The version before is immutable, and the script refuses unless it is still live, so this diff is the one.
        Catalog before = expectedLive == 0
                ? new Catalog(catalog.locale(), List.of())
                : version(expectedLive).map(CatalogVersion::catalog).orElseThrow(() -> conflict(expectedLive));
        CatalogVersion version = new CatalogVersion(
                expectedLive + 1,
                catalog,
                publishedBy,
                clock.instant(),
                CatalogDiff.between(before, catalog),
                minAnswerConfidence);
        Long won = redis.execute(
                RedisCatalogScripts.PUBLISH,
                List.of(RedisKeys.live(), RedisKeys.versions(), RedisKeys.versionSummaries()),
                Integer.toString(expectedLive),
                Integer.toString(version.number()),
                json.write(version),
                json.write(version.summary()));
        if (won == null || won != -1) {
            throw new PublishConflict(expectedLive, won == null ? liveNumber() : won.intValue());
        }
        return version;
    }

    private PublishConflict conflict(int expectedLive) {
        return new PublishConflict(expectedLive, liveNumber());
    }

    private static EditConflict conflict(String id, long expectedRevision, DraftIntent current) {
        return current == null
                ? new EditConflict("intent " + id + " is no longer in the draft", null)
                : new EditConflict(
                        "intent " + id + " changed since revision " + expectedRevision + " (it is at revision "
                                + current.revision() + " now)",
                        current);
    }

    private static long status(List<?> result) {
        return result == null || result.isEmpty() ? 0 : ((Number) result.get(0)).longValue();
    }

    private DraftIntent stored(List<?> result) {
        return result == null || result.size() < 2
                ? null
                : json.readDraft(result.get(1).toString()).intent();
    }
}
