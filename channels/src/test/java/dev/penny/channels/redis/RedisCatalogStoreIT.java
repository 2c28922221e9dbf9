package dev.penny.channels.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.penny.intents.knowledge.Article;
import dev.penny.intents.knowledge.ArticleException;
import dev.penny.intents.knowledge.ArticleLimits;
import dev.penny.intents.versions.CatalogStore;
import dev.penny.intents.versions.CatalogStoreContract;
import dev.penny.intents.versions.CatalogVersion;
import java.time.Clock;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class RedisCatalogStoreIT extends CatalogStoreContract {

    private final RedisTestServer redis = RedisTestServer.get();

    @Override
    protected CatalogStore newStore(Clock clock) {
        redis.flush();
        return new RedisCatalogStore(redis.template(), clock);
    }

    @Test
    void another_node_reads_the_articles_of_each_version_and_of_a_rollback() {
        Article returns = new Article("returns", "Returns", "/returns", "## Refunds\n\nIn 5 days.");
        store.publish(catalog(intent("a")).withArticles(List.of(returns)), 0, "ana", OptionalDouble.empty());
        store.publish(catalog(intent("a")), 1, "ana", OptionalDouble.empty());
        CatalogStore otherNode = new RedisCatalogStore(redis.template(), clock);
        assertThat(otherNode.live().orElseThrow().catalog().articles()).isEmpty();

        otherNode.publish(otherNode.version(1).orElseThrow().catalog(), 2, "bo", OptionalDouble.empty());

        assertThat(store.live().orElseThrow().catalog().articles()).containsExactly(returns);
        assertThat(store.live().orElseThrow().number()).isEqualTo(3);
    }

    @Test
    void the_history_reads_only_the_summaries_never_a_catalog() {
        CatalogVersion v1 = store.publish(catalog(intent("a")), 0, "ana", OptionalDouble.empty());
        // Were the history to parse a version's document, this would break it.
        redis.template().opsForHash().put(RedisKeys.versions(), "1", "not a catalog");

        assertThat(store.history()).containsExactly(v1.summary());
    }

    @Test
    void versions_published_before_summaries_were_kept_get_theirs_on_the_first_read() {
        CatalogVersion v1 = store.publish(catalog(intent("a")), 0, "ana", OptionalDouble.empty());
        CatalogVersion v2 = store.publish(catalog(intent("b")), 1, "bo", OptionalDouble.of(0.7));
        redis.template().delete(RedisKeys.versionSummaries());

        assertThat(store.history()).containsExactly(v2.summary(), v1.summary());
        assertThat(redis.template().opsForHash().size(RedisKeys.versionSummaries()))
                .isEqualTo(2);
        redis.template().opsForHash().put(RedisKeys.versions(), "1", "not a catalog");
        assertThat(store.history()).containsExactly(v2.summary(), v1.summary());
    }

    @Test
    void a_draft_article_stored_without_its_count_counts_its_stored_length() {
        Article stored = new Article("returns", "Returns", "", "0123456789");
        store.putDraftArticle(stored, false, ArticleLimits.defaults());
        redis.template().delete(RedisKeys.draftArticleChars());
        long storedLength = redis.template().opsForHash().lengthOfValue(RedisKeys.draftArticles(), "returns");
        ArticleLimits limits = ArticleLimits.defaults().withMaxTotalChars(storedLength + 10);

        store.putDraftArticle(new Article("a", "A", "", "0123456789"), false, limits);
        Throwable refused = catchThrowable(() -> store.putDraftArticle(new Article("b", "B", "", "0"), false, limits));

        assertThat(storedLength).isGreaterThan(stored.markdown().length());
        assertThat(refused)
                .isInstanceOf(ArticleException.class)
                .hasMessageContaining((storedLength + 11) + " characters");
    }
}
