package dev.penny.core.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.MessageId;
import dev.penny.core.policy.Route;
import dev.penny.core.testing.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link FeedbackStore} must do. Extend it once per implementation and return a fresh, empty store from
 * {@link #newStore(Clock, Duration)}; a server-side store overrides {@link #letTimePass(Duration)} to also sleep.
 */
public abstract class FeedbackStoreContract {

    private static final Duration TTL = Duration.ofSeconds(2);

    protected final MutableClock clock = MutableClock.at("2026-12-06T10:00:00Z");

    private final ConversationId ana = ConversationId.random();
    private final ConversationId bo = ConversationId.random();
    private final String version = "v" + System.nanoTime(); // counts are shared by a server-side store's tests
    private FeedbackStore store;

    protected abstract FeedbackStore newStore(Clock clock, Duration conversationTtl);

    protected void letTimePass(Duration duration) {
        clock.advance(duration);
    }

    @BeforeEach
    void createStore() {
        store = newStore(clock, TTL);
    }

    private AnswerFeedback thumb(ConversationId id, String turn, boolean helpful, String intent) {
        return new AnswerFeedback(id, new MessageId(turn), helpful, "", Route.FAQ, intent, version, clock.instant());
    }

    @Test
    void keeps_feedback_with_its_conversation_and_counts_it_per_intent() {
        store.give(thumb(ana, "t1", true, "card_arrival"));
        store.give(thumb(ana, "t2", false, "exchange_rate"));
        store.give(thumb(bo, "t1", false, "exchange_rate"));

        assertThat(store.feedbackOn(ana))
                .containsExactlyInAnyOrder(
                        thumb(ana, "t1", true, "card_arrival"), thumb(ana, "t2", false, "exchange_rate"));
        FeedbackCounts counts = store.counts(version);
        assertThat(counts.helpful()).isEqualTo(1);
        assertThat(counts.unhelpful()).isEqualTo(2);
        assertThat(counts.helpfulByIntent()).isEqualTo(Map.of("card_arrival", 1L));
        assertThat(counts.unhelpfulByIntent()).isEqualTo(Map.of("exchange_rate", 2L));
    }

    @Test
    void the_last_feedback_on_a_turn_counts() {
        assertThat(store.give(thumb(ana, "t1", true, "card_arrival"))).isEmpty();
        assertThat(store.give(thumb(ana, "t1", false, "card_arrival")))
                .contains(thumb(ana, "t1", true, "card_arrival"));
        store.give(thumb(ana, "t1", false, "card_arrival"));

        assertThat(store.feedbackOn(ana)).containsExactly(thumb(ana, "t1", false, "card_arrival"));
        FeedbackCounts counts = store.counts(version);
        assertThat(counts.helpful()).isZero();
        assertThat(counts.unhelpful()).isEqualTo(1);
        assertThat(counts.helpfulByIntent()).isEmpty();
        assertThat(counts.unhelpfulByIntent()).isEqualTo(Map.of("card_arrival", 1L));
    }

    @Test
    void the_last_rating_of_a_conversation_counts() {
        ConversationRating first = new ConversationRating(ana, 2, "slow", version, clock.instant());
        ConversationRating second = new ConversationRating(ana, 5, "", version, clock.instant());
        store.rate(first);
        assertThat(store.rate(second)).contains(first);
        store.rate(new ConversationRating(bo, 4, "", version, clock.instant()));

        assertThat(store.rating(ana)).contains(second);
        FeedbackCounts counts = store.counts(version);
        assertThat(counts.ratings()).isEqualTo(2);
        assertThat(counts.ratingSum()).isEqualTo(9);
        assertThat(counts.meanRating()).isEqualTo(4.5);
    }

    @Test
    void knows_nothing_of_unknown_conversations_and_versions() {
        assertThat(store.feedbackOn(ConversationId.random())).isEmpty();
        assertThat(store.rating(ConversationId.random())).isEmpty();
        assertThat(store.counts("v-never")).isEqualTo(FeedbackCounts.NONE);
    }

    @Test
    void feedback_expires_with_the_conversation_but_the_counts_stay() {
        store.give(thumb(ana, "t1", true, "card_arrival"));
        store.rate(new ConversationRating(ana, 3, "", version, clock.instant()));

        letTimePass(TTL.plusMillis(500));

        assertThat(store.feedbackOn(ana)).isEmpty();
        assertThat(store.rating(ana)).isEmpty();
        assertThat(store.counts(version).helpful()).isEqualTo(1);
        assertThat(store.counts(version).ratings()).isEqualTo(1);
    }

    @Test
    void erase_forgets_a_conversations_feedback_and_rating_but_not_the_counts() {
        store.give(thumb(ana, "t1", false, "card_arrival"));
        store.rate(new ConversationRating(ana, 2, "my card number is ...", version, clock.instant()));
        store.give(thumb(bo, "t1", true, "card_arrival"));

        store.erase(ana);

        assertThat(store.feedbackOn(ana)).isEmpty();
        assertThat(store.rating(ana)).isEmpty();
        assertThat(store.feedbackOn(bo)).hasSize(1);
        FeedbackCounts counts = store.counts(version);
        assertThat(counts.unhelpful()).isEqualTo(1);
        assertThat(counts.helpful()).isEqualTo(1);
    }
}
