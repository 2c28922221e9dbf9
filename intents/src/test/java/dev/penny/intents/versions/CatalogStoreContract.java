package dev.penny.intents.versions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.penny.core.testing.MutableClock;
import dev.penny.core.testing.Race;
import dev.penny.intents.catalog.Catalog;
import dev.penny.intents.catalog.Intent;
import dev.penny.intents.knowledge.Article;
import dev.penny.intents.knowledge.ArticleException;
import dev.penny.intents.knowledge.ArticleLimits;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CatalogStore} must do. Extend it once per implementation and return a fresh, empty store (no
 * draft, no versions) from {@link #newStore(Clock)}.
 *
 * <p>Conflicts are told apart by {@link EditConflict#current()}: empty when the intent is gone; intent {@code id}
 * when its revision moved on; the other intent when a create or rename hits a taken id.
 */
public abstract class CatalogStoreContract {

    protected final MutableClock clock = MutableClock.at("2026-03-14T09:00:00Z");
    protected CatalogStore store;

    /** A new, empty store that takes publish times from {@code clock}. */
    protected abstract CatalogStore newStore(Clock clock);

    @BeforeEach
    void createStore() {
        store = newStore(clock);
    }

    /** An intent with two examples and an answer, as the editor would send it. */
    protected static Intent intent(String id, String... examples) {
        List<String> texts = examples.length > 0 ? List.of(examples) : List.of(id + " one", id + " two");
        return new Intent(id, null, texts, "Answer to " + id + ".", List.of(), List.of(), List.of(), "en");
    }

    protected static Catalog catalog(Intent... intents) {
        return new Catalog("en", List.of(intents));
    }

    @Test
    void a_version_is_its_intents_and_its_articles_and_a_rollback_restores_both() {
        Article returns =
                new Article("returns", "Returns", "https://help.example.com/returns", "## Refunds\n\nIn 5 days.");
        CatalogVersion v1 =
                store.publish(catalog(intent("a")).withArticles(List.of(returns)), 0, "ana", OptionalDouble.empty());
        store.publish(catalog(intent("b")), 1, "bo", OptionalDouble.empty());
        assertThat(store.live().orElseThrow().catalog().articles()).isEmpty();

        store.publish(store.version(1).orElseThrow().catalog(), 2, "ana", OptionalDouble.empty());

        assertThat(store.live().orElseThrow().catalog()).isEqualTo(v1.catalog());
        assertThat(store.live().orElseThrow().catalog().articles()).containsExactly(returns);
    }

    private static final ArticleLimits ROOMY = ArticleLimits.defaults().withMaxArticles(10);
    private static final ArticleLimits TWO = ArticleLimits.defaults().withMaxArticles(2);

    @Test
    void the_draft_holds_articles_by_id_and_refuses_a_taken_id_unless_replacing() {
        Article returns = article("returns", "Refunds in 5 days.");
        Article shipping = article("shipping", "Ships in 2 days.");

        assertThat(store.putDraftArticle(shipping, false, ROOMY)).isFalse();
        assertThat(store.putDraftArticle(returns, false, ROOMY)).isFalse();
        ArticleException taken = catchThrowableOfType(
                ArticleException.class, () -> store.putDraftArticle(article("returns", "other"), false, ROOMY));

        assertThat(taken.code()).isEqualTo(ArticleException.Code.DUPLICATE_ARTICLE_ID);
        assertThat(store.draftArticles()).containsExactly(returns, shipping);
        Article edited = article("returns", "Refunds in 3 days.");
        assertThat(store.putDraftArticle(edited, true, ROOMY)).isTrue();
        assertThat(store.draftArticle("returns")).contains(edited);
        assertThat(store.removeDraftArticle("returns")).isTrue();
        assertThat(store.removeDraftArticle("returns")).isFalse();
        assertThat(store.draftArticles()).containsExactly(shipping);
    }

    @Test
    void refuses_an_article_past_the_limit_but_replaces_one_at_it() {
        store.putDraftArticle(article("a", "one"), false, TWO);
        store.putDraftArticle(article("b", "two"), false, TWO);

        ArticleException full = catchThrowableOfType(
                ArticleException.class, () -> store.putDraftArticle(article("c", "3"), false, TWO));

        assertThat(full.code()).isEqualTo(ArticleException.Code.TOO_MANY_ARTICLES);
        assertThat(store.putDraftArticle(article("b", "two again"), true, TWO)).isTrue();
        assertThat(store.draftArticles()).extracting(Article::id).containsExactly("a", "b");
    }

    @Test
    void refuses_an_article_that_would_pass_the_text_limit_and_counts_a_replaced_one_once() {
        ArticleLimits twentyChars = ROOMY.withMaxTotalChars(20);
        store.putDraftArticle(plain("a", "0123456789"), false, twentyChars);
        store.putDraftArticle(plain("b", "01234"), false, twentyChars);

        ArticleException tooMuch = catchThrowableOfType(
                ArticleException.class, () -> store.putDraftArticle(plain("c", "012345"), false, twentyChars));

        assertThat(tooMuch.code()).isEqualTo(ArticleException.Code.TOO_MUCH_ARTICLE_TEXT);
        assertThat(tooMuch.getMessage()).contains("21 characters");
        assertThat(store.draftArticles()).extracting(Article::id).containsExactly("a", "b");
        // a replaced article's old text is not counted: 10 + 10 fits, 10 + 11 does not
        assertThat(store.putDraftArticle(plain("b", "0123456789"), true, twentyChars))
                .isTrue();
        assertThatThrownBy(() -> store.putDraftArticle(plain("b", "01234567890"), true, twentyChars))
                .isInstanceOf(ArticleException.class);
        assertThat(store.draftArticle("b").orElseThrow().markdown()).isEqualTo("0123456789");
        // removing an article makes room, and so does replacing the draft's articles
        store.removeDraftArticle("a");
        store.putDraftArticle(plain("c", "0123456789"), false, twentyChars);
        store.replaceDraft(catalog(intent("x")).withArticles(List.of(plain("d", "0123456789"))));
        store.putDraftArticle(plain("e", "0123456789"), false, twentyChars);
        assertThat(store.draftArticles()).extracting(Article::id).containsExactly("d", "e");
    }

    private static Article plain(String id, String markdown) {
        return new Article(id, "About " + id, "", markdown);
    }

    @Test
    void replacing_the_draft_replaces_its_articles_and_publishing_leaves_them() {
        store.putDraftArticle(article("old", "gone soon"), false, ROOMY);
        Article returns = article("returns", "Refunds in 5 days.");

        store.replaceDraft(catalog(intent("a")).withArticles(List.of(returns)));
        store.publish(catalog(intent("a")).withArticles(store.draftArticles()), 0, "ana", OptionalDouble.empty());

        assertThat(store.draftArticles()).containsExactly(returns);
        assertThat(store.live().orElseThrow().catalog().articles()).containsExactly(returns);
    }

    @Test
    void replacing_the_drafts_intents_keeps_its_articles() {
        Article returns = article("returns", "Refunds in 5 days.");
        store.putDraftArticle(returns, false, ROOMY);

        store.replaceDraftIntents(catalog(intent("a"), intent("b")));

        assertThat(store.draft()).extracting(DraftIntent::id).containsExactly("a", "b");
        assertThat(store.draftArticles()).containsExactly(returns);
    }

    @Test
    void of_puts_racing_on_one_new_id_exactly_one_wins() throws Exception {
        List<Boolean> added = Race.run(8, i -> () -> {
            try {
                store.putDraftArticle(article("same", "text " + i), false, ROOMY);
                return true;
            } catch (ArticleException e) {
                return false;
            }
        });

        assertThat(added).containsOnlyOnce(true);
        assertThat(store.draftArticles()).hasSize(1);
    }

    protected static Article article(String id, String text) {
        return new Article(id, "About " + id, "https://help.example.com/" + id, "# About " + id + "\n\n" + text);
    }

    @Test
    void starts_empty() {
        assertThat(store.draft()).isEmpty();
        assertThat(store.draftIntent("card_arrival")).isEmpty();
        assertThat(store.live()).isEmpty();
        assertThat(store.liveNumber()).isZero();
        assertThat(store.history()).isEmpty();
        assertThat(store.version(1)).isEmpty();
        assertThat(store.draftThreshold()).isEmpty();
    }

    @Test
    void creates_an_intent_at_revision_1() {
        DraftIntent created = store.create(intent("card_arrival"));

        assertThat(created).isEqualTo(new DraftIntent(intent("card_arrival"), 1));
        assertThat(store.draftIntent("card_arrival")).contains(created);
        assertThat(store.draft()).containsExactly(created);
    }

    @Test
    void refuses_to_create_an_id_the_draft_has() {
        DraftIntent first = store.create(intent("card_arrival"));

        EditConflict conflict =
                catchThrowableOfType(() -> store.create(intent("card_arrival", "other")), EditConflict.class);

        assertThat(conflict.current()).contains(first);
        assertThat(store.draft()).containsExactly(first);
    }

    @Test
    void updates_move_the_revision_on() {
        store.create(intent("card_arrival"));

        DraftIntent second = store.update("card_arrival", intent("card_arrival", "where is my card"), 1);
        DraftIntent third = store.update("card_arrival", intent("card_arrival", "card not here"), 2);

        assertThat(second.revision()).isEqualTo(2);
        assertThat(third.revision()).isEqualTo(3);
        assertThat(store.draftIntent("card_arrival")).contains(third);
        assertThat(third.intent().examples()).containsExactly("card not here");
    }

    @Test
    void refuses_an_update_made_on_a_stale_revision_and_names_the_current_intent() {
        store.create(intent("card_arrival"));
        DraftIntent now = store.update("card_arrival", intent("card_arrival", "mine"), 1);

        EditConflict conflict = catchThrowableOfType(
                () -> store.update("card_arrival", intent("card_arrival", "theirs"), 1), EditConflict.class);

        assertThat(conflict.current()).contains(now);
        assertThat(store.draftIntent("card_arrival")).contains(now);
    }

    @Test
    void refuses_an_update_of_an_intent_that_is_gone() {
        EditConflict conflict =
                catchThrowableOfType(() -> store.update("card_arrival", intent("card_arrival"), 1), EditConflict.class);

        assertThat(conflict.current()).isEmpty();
        assertThat(store.draft()).isEmpty();
    }

    @Test
    void renames_keep_the_place_and_the_revision_count() {
        store.create(intent("a"));
        store.create(intent("card_arrival"));
        store.create(intent("z"));
        store.update("card_arrival", intent("card_arrival", "x"), 1);

        DraftIntent renamed = store.update("card_arrival", intent("card_delivery"), 2);

        assertThat(renamed.revision()).isEqualTo(3);
        assertThat(store.draft()).extracting(DraftIntent::id).containsExactly("a", "card_delivery", "z");
        assertThat(store.draftIntent("card_arrival")).isEmpty();
        assertThat(store.draftIntent("card_delivery")).contains(renamed);
    }

    @Test
    void refuses_a_rename_onto_a_taken_id_and_names_the_intent_holding_it() {
        DraftIntent card = store.create(intent("card_arrival"));
        DraftIntent pin = store.create(intent("pin_reset"));

        EditConflict conflict =
                catchThrowableOfType(() -> store.update("card_arrival", intent("pin_reset"), 1), EditConflict.class);

        assertThat(conflict.current()).contains(pin);
        assertThat(store.draft()).containsExactly(card, pin);
    }

    @Test
    void checks_the_revision_before_a_rename_target() {
        store.create(intent("card_arrival"));
        store.create(intent("pin_reset"));
        DraftIntent now = store.update("card_arrival", intent("card_arrival", "x"), 1);

        EditConflict conflict =
                catchThrowableOfType(() -> store.update("card_arrival", intent("pin_reset"), 1), EditConflict.class);

        assertThat(conflict.current()).contains(now);
    }

    @Test
    void deletes_on_the_current_revision_only() {
        store.create(intent("a"));
        store.create(intent("card_arrival"));
        DraftIntent now = store.update("card_arrival", intent("card_arrival", "x"), 1);

        EditConflict stale = catchThrowableOfType(() -> store.delete("card_arrival", 1), EditConflict.class);
        assertThat(stale.current()).contains(now);
        assertThat(store.draftIntent("card_arrival")).contains(now);

        store.delete("card_arrival", 2);
        assertThat(store.draft()).extracting(DraftIntent::id).containsExactly("a");

        EditConflict gone = catchThrowableOfType(() -> store.delete("card_arrival", 2), EditConflict.class);
        assertThat(gone.current()).isEmpty();
    }

    @Test
    void keeps_the_draft_in_the_order_intents_were_added() {
        for (String id : List.of("m", "b", "x", "a")) {
            store.create(intent(id));
        }
        store.update("x", intent("x", "changed"), 1);
        store.delete("b", 1);
        store.create(intent("b"));

        assertThat(store.draft()).extracting(DraftIntent::id).containsExactly("m", "x", "a", "b");
    }

    @Test
    void replaces_the_draft_in_the_catalogs_order_and_moves_kept_intents_on_a_revision() {
        store.create(intent("old"));
        store.create(intent("kept"));
        store.update("kept", intent("kept", "x"), 1);

        store.replaceDraft(catalog(intent("new_one"), intent("kept", "from the file"), intent("another")));

        assertThat(store.draft())
                .containsExactly(
                        new DraftIntent(intent("new_one"), 1),
                        new DraftIntent(intent("kept", "from the file"), 3),
                        new DraftIntent(intent("another"), 1));
        assertThat(store.draftIntent("old")).isEmpty();
        assertThatThrownBy(() -> store.update("kept", intent("kept"), 2)).isInstanceOf(EditConflict.class);
    }

    @Test
    void keeps_the_draft_threshold() {
        store.setDraftThreshold(OptionalDouble.of(0.83));
        assertThat(store.draftThreshold()).hasValue(0.83);

        store.setDraftThreshold(OptionalDouble.empty());
        assertThat(store.draftThreshold()).isEmpty();
    }

    @Test
    void numbers_versions_from_1_and_diffs_each_against_the_one_before() {
        Instant first = clock.instant();
        CatalogVersion v1 = store.publish(catalog(intent("a"), intent("b")), 0, "ana", OptionalDouble.empty());
        clock.advance(Duration.ofMinutes(5));
        CatalogVersion v2 =
                store.publish(catalog(intent("b", "b one", "b three"), intent("c")), 1, "bo", OptionalDouble.of(0.8));

        assertThat(v1.number()).isEqualTo(1);
        assertThat(v1.publishedBy()).isEqualTo("ana");
        assertThat(v1.publishedAt()).isEqualTo(first);
        assertThat(v1.diff()).isEqualTo(new CatalogDiff(List.of("a", "b"), List.of(), List.of()));
        assertThat(v1.minAnswerConfidence()).isEmpty();

        assertThat(v2.number()).isEqualTo(2);
        assertThat(v2.publishedAt()).isEqualTo(first.plus(Duration.ofMinutes(5)));
        assertThat(v2.minAnswerConfidence()).hasValue(0.8);
        assertThat(v2.diff().added()).containsExactly("c");
        assertThat(v2.diff().removed()).containsExactly("a");
        assertThat(v2.diff().changed())
                .containsExactly(new IntentChange(
                        "b",
                        List.of("examples"),
                        List.of("b three"),
                        List.of("b two"),
                        "Answer to b.",
                        "Answer to b."));
        assertThat(v2.catalog()).isEqualTo(catalog(intent("b", "b one", "b three"), intent("c")));
    }

    @Test
    void the_newest_version_is_live_and_all_are_kept_newest_first() {
        CatalogVersion v1 = store.publish(catalog(intent("a")), 0, "ana", OptionalDouble.empty());
        CatalogVersion v2 = store.publish(catalog(intent("b")), 1, "ana", OptionalDouble.empty());
        CatalogVersion v3 = store.publish(catalog(intent("a")), 2, "bo", OptionalDouble.of(0.7));

        assertThat(store.live()).contains(v3);
        assertThat(store.liveNumber()).isEqualTo(3);
        assertThat(store.history()).containsExactly(v3.summary(), v2.summary(), v1.summary());
        assertThat(store.version(1)).contains(v1);
        assertThat(store.version(2)).contains(v2);
        assertThat(store.version(0)).isEmpty();
        assertThat(store.version(4)).isEmpty();
    }

    @Test
    void the_history_summarises_each_version_as_published_without_its_catalog() {
        CatalogVersion v1 = store.publish(catalog(intent("a"), intent("b")), 0, "ana", OptionalDouble.empty());
        clock.advance(Duration.ofHours(1));
        CatalogVersion v2 = store.publish(catalog(intent("b", "b one", "b new")), 1, "bo", OptionalDouble.of(0.75));

        List<VersionSummary> history = store.history();

        assertThat(history).hasSize(2);
        VersionSummary newest = history.get(0);
        assertThat(newest.number()).isEqualTo(2);
        assertThat(newest.publishedBy()).isEqualTo("bo");
        assertThat(newest.publishedAt())
                .isEqualTo(v2.publishedAt())
                .isEqualTo(v1.publishedAt().plus(Duration.ofHours(1)));
        assertThat(newest.minAnswerConfidence()).hasValue(0.75);
        assertThat(newest.diff()).isEqualTo(v2.diff());
        assertThat(newest.diff().removed()).containsExactly("a");
        assertThat(newest.diff().changed())
                .extracting(IntentChange::examplesAdded)
                .containsExactly(List.of("b new"));
        assertThat(history.get(1))
                .isEqualTo(new VersionSummary(
                        1,
                        "ana",
                        v1.publishedAt(),
                        new CatalogDiff(List.of("a", "b"), List.of(), List.of()),
                        OptionalDouble.empty()));
    }

    @Test
    void publishing_leaves_the_draft_as_it_is() {
        DraftIntent draft = store.create(intent("draft_only"));

        store.publish(catalog(intent("a")), 0, "ana", OptionalDouble.empty());

        assertThat(store.draft()).containsExactly(draft);
    }

    @Test
    void refuses_a_publish_made_on_a_version_that_is_no_longer_live() {
        CatalogVersion v1 = store.publish(catalog(intent("a")), 0, "ana", OptionalDouble.empty());

        PublishConflict conflict = catchThrowableOfType(
                () -> store.publish(catalog(intent("b")), 0, "bo", OptionalDouble.empty()), PublishConflict.class);

        assertThat(conflict.liveNumber()).isEqualTo(1);
        assertThat(store.live()).contains(v1);
        assertThat(store.history()).containsExactly(v1.summary());
        assertThatThrownBy(() -> store.publish(catalog(intent("b")), 2, "bo", OptionalDouble.empty()))
                .isInstanceOf(PublishConflict.class);
    }

    /** How many times each race is run: one run rarely hits the window between a check and a write. */
    protected int raceRounds() {
        return 20;
    }

    @Test
    void of_publishes_racing_on_the_same_live_version_exactly_one_wins() throws Exception {
        for (int round = 0; round < raceRounds(); round++) {
            int live = round;
            List<Boolean> won = Race.run(8, i -> () -> {
                try {
                    store.publish(catalog(intent("racer_" + i)), live, "owner" + i, OptionalDouble.empty());
                    return true;
                } catch (PublishConflict lost) {
                    return false;
                }
            });

            assertThat(won).as("round %d", round).containsOnlyOnce(true);
            assertThat(store.liveNumber()).isEqualTo(live + 1);
            int winner = won.indexOf(true);
            assertThat(store.live().orElseThrow().catalog()).isEqualTo(catalog(intent("racer_" + winner)));
            assertThat(store.live().orElseThrow().publishedBy()).isEqualTo("owner" + winner);
        }
        assertThat(store.history()).hasSize(raceRounds());
        assertThat(store.history())
                .extracting(VersionSummary::number)
                .isEqualTo(IntStream.rangeClosed(1, raceRounds())
                        .map(n -> raceRounds() + 1 - n)
                        .boxed()
                        .toList());
    }

    @Test
    void of_updates_racing_on_the_same_revision_exactly_one_wins() throws Exception {
        store.create(intent("card_arrival"));
        for (int round = 0; round < raceRounds(); round++) {
            long revision = round + 1;
            List<Boolean> won = Race.run(8, i -> () -> {
                try {
                    store.update("card_arrival", intent("card_arrival", "racer " + i), revision);
                    return true;
                } catch (EditConflict lost) {
                    return false;
                }
            });

            assertThat(won).as("round %d", round).containsOnlyOnce(true);
            DraftIntent now = store.draftIntent("card_arrival").orElseThrow();
            assertThat(now.revision()).isEqualTo(revision + 1);
            assertThat(now.intent().examples()).containsExactly("racer " + won.indexOf(true));
        }
    }

    @Test
    void of_creates_racing_on_one_id_exactly_one_wins() throws Exception {
        List<Boolean> won = Race.run(8, i -> () -> {
            try {
                store.create(intent("card_arrival", "racer " + i));
                return true;
            } catch (EditConflict lost) {
                return false;
            }
        });

        assertThat(won).containsOnlyOnce(true);
        assertThat(store.draft()).hasSize(1);
    }
}
