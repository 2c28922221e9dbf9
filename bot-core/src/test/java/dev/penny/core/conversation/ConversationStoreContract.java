package dev.penny.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.core.policy.Citation;
import dev.penny.core.policy.Decision;
import dev.penny.core.policy.Route;
import dev.penny.core.testing.MutableClock;
import dev.penny.core.testing.Race;
import dev.penny.core.understanding.IntentScore;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ConversationStore} must do. Extend it once per implementation and return a fresh, empty store
 * from {@link #newStore(Clock, Duration)}.
 *
 * <p>Expiry is tested through {@link #letTimePass(Duration)}, which moves the test clock; a store whose expiry is kept
 * by a server (Redis TTLs) overrides it to also sleep that long. Expiry tests use time to live of seconds.
 */
public abstract class ConversationStoreContract {

    private static final Duration LONG_TTL = Duration.ofHours(1);
    private static final Duration SHORT_TTL = Duration.ofSeconds(2);

    protected final MutableClock clock = MutableClock.at("2025-03-14T09:00:00Z");

    private ConversationStore store;

    /** A new, empty store that forgets conversations {@code timeToLive} after their last write. */
    protected abstract ConversationStore newStore(Clock clock, Duration timeToLive);

    /** Lets {@code duration} pass for expiry purposes. */
    protected void letTimePass(Duration duration) {
        clock.advance(duration);
    }

    @BeforeEach
    void createStore() {
        store = newStore(clock, LONG_TTL);
    }

    @Test
    void keeps_turns_in_the_order_appended() {
        ConversationId id = ConversationId.random();
        Turn first = visitor(id, "when will my card arrive?");
        Turn second = bot(id, "Cards arrive within 5 working days.");
        Turn third = visitor(id, "thanks");

        assertThat(store.append(first)).isTrue();
        assertThat(store.append(second)).isTrue();
        assertThat(store.append(third)).isTrue();

        assertThat(store.transcript(id)).containsExactly(first, second, third);
    }

    @Test
    void counts_the_turns_of_a_conversation_and_none_of_an_unknown_one() {
        ConversationId id = ConversationId.random();
        Turn turn = visitor(id, "hello");
        store.append(turn);
        store.append(turn);
        store.append(bot(id, "Hello! How can I help?"));

        assertThat(store.turnCount(id)).isEqualTo(2);
        assertThat(store.turnCount(ConversationId.random())).isZero();
    }

    @Test
    void stores_a_resent_turn_once() {
        ConversationId id = ConversationId.random();
        Turn turn = visitor(id, "hello");
        store.append(turn);

        assertThat(store.append(turn)).isFalse();
        assertThat(store.transcript(id)).containsExactly(turn);
    }

    @Test
    void keeps_every_field_of_every_kind_of_turn() {
        ConversationId id = ConversationId.random();
        Decision decision = new Decision(
                Route.CHOICE,
                "close: card_arrival 0.45 vs card_delivery_estimate 0.40",
                List.of(new IntentScore("card_arrival", 0.45), new IntentScore("card_delivery_estimate", 0.4)),
                List.of("card_arrival", "card_delivery_estimate"));
        List<Turn> turns = List.of(
                visitor(id, "card? «émoji» 🙂 \"quoted\"\nnew line"),
                Turn.bot(
                        MessageId.random(),
                        id,
                        Source.FAQ,
                        "Did you mean one of these?",
                        List.of("Card arrival", "Delivery estimate"),
                        clock.instant(),
                        decision),
                Turn.bot(
                        MessageId.random(),
                        id,
                        Source.ARTICLE,
                        "This article covers it: [Returns › Refunds](https://help.example.com/returns#refunds)",
                        List.of(),
                        clock.instant(),
                        new Decision(
                                Route.ARTICLE,
                                "no LLM configured; quoting passage \"Returns › Refunds\" 0.95 >= 0.93",
                                List.of(new IntentScore("card_arrival", 0.1)),
                                List.of(),
                                List.of(new Citation(
                                        1,
                                        "returns",
                                        "Returns › Refunds",
                                        "https://help.example.com/returns#refunds",
                                        0.95)))),
                Turn.system(MessageId.random(), id, "An agent has joined the conversation.", clock.instant()),
                Turn.agent(MessageId.random(), id, "Hi, I'm Sam. [Track it](https://example.com/t)", clock.instant()));
        turns.forEach(store::append);

        assertThat(store.transcript(id)).containsExactlyElementsOf(turns);
    }

    @Test
    void keeps_conversations_apart() {
        ConversationId one = ConversationId.random();
        ConversationId other = ConversationId.random();
        Turn mine = visitor(one, "mine");
        Turn theirs = visitor(other, "theirs");
        store.append(mine);
        store.append(theirs);
        store.setState(other, ConversationState.WITH_AGENT);

        assertThat(store.transcript(one)).containsExactly(mine);
        assertThat(store.transcript(other)).containsExactly(theirs);
        assertThat(store.state(one)).isEmpty();
    }

    @Test
    void the_same_message_id_may_appear_in_two_conversations() {
        MessageId shared = new MessageId("m-1");
        ConversationId one = ConversationId.random();
        ConversationId other = ConversationId.random();

        assertThat(store.append(Turn.visitor(shared, one, "a", clock.instant())))
                .isTrue();
        assertThat(store.append(Turn.visitor(shared, other, "b", clock.instant())))
                .isTrue();
    }

    @Test
    void knows_nothing_of_an_unknown_conversation() {
        ConversationId unknown = ConversationId.random();

        assertThat(store.transcript(unknown)).isEmpty();
        assertThat(store.recentTurns(unknown, 3)).isEmpty();
        assertThat(store.turnsAfter(unknown, MessageId.random())).isEmpty();
        assertThat(store.state(unknown)).isEmpty();
    }

    @Test
    void resumes_after_the_last_turn_the_client_saw() {
        ConversationId id = ConversationId.random();
        Turn seen = visitor(id, "hi");
        Turn missed = bot(id, "Hello! How can I help?");
        Turn missedToo = visitor(id, "card");
        List.of(seen, missed, missedToo).forEach(store::append);

        assertThat(store.turnsAfter(id, seen.id())).containsExactly(missed, missedToo);
        assertThat(store.turnsAfter(id, missedToo.id())).isEmpty();
    }

    @Test
    void resumes_with_the_whole_transcript_when_the_last_seen_turn_is_unknown() {
        ConversationId id = ConversationId.random();
        Turn first = visitor(id, "hi");
        Turn second = bot(id, "Hello!");
        store.append(first);
        store.append(second);

        assertThat(store.turnsAfter(id, MessageId.random())).containsExactly(first, second);
    }

    @Test
    void recent_turns_are_the_newest_oldest_first() {
        ConversationId id = ConversationId.random();
        Turn first = visitor(id, "one");
        Turn second = bot(id, "two");
        Turn third = visitor(id, "three");
        List.of(first, second, third).forEach(store::append);

        assertThat(store.recentTurns(id, 2)).containsExactly(second, third);
        assertThat(store.recentTurns(id, 10)).containsExactly(first, second, third);
        assertThat(store.recentTurns(id, 0)).isEmpty();
    }

    @Test
    void recent_turns_of_each_conversation_come_back_in_order() {
        ConversationId ana = ConversationId.random();
        ConversationId bo = ConversationId.random();
        Turn first = visitor(ana, "one");
        Turn second = bot(ana, "two");
        Turn third = visitor(ana, "three");
        Turn other = visitor(bo, "other");
        List.of(first, second, third, other).forEach(store::append);

        assertThat(store.recentTurnsOfEach(List.of(bo, ana, ConversationId.random(), ana), 2))
                .containsExactly(List.of(other), List.of(second, third), List.of(), List.of(second, third));
        assertThat(store.recentTurnsOfEach(List.of(ana), 0)).containsExactly(List.of());
        assertThat(store.recentTurnsOfEach(List.of(), 2)).isEmpty();
    }

    @Test
    void append_all_appends_in_order_and_says_which_turns_were_resent() {
        ConversationId ana = ConversationId.random();
        ConversationId bo = ConversationId.random();
        Turn known = visitor(ana, "already here");
        store.append(known);
        Turn first = visitor(ana, "one");
        Turn other = visitor(bo, "other");
        Turn second = bot(ana, "two");

        assertThat(store.appendAll(List.of(first, known, other, second))).containsExactly(true, false, true, true);
        assertThat(store.transcript(ana)).containsExactly(known, first, second);
        assertThat(store.transcript(bo)).containsExactly(other);
        assertThat(store.appendAll(List.of())).isEmpty();
    }

    @Test
    void states_of_several_conversations_come_back_in_order() {
        ConversationId waiting = ConversationId.random();
        ConversationId unset = ConversationId.random();
        ConversationId held = ConversationId.random();
        store.append(visitor(unset, "hi"));
        store.setState(waiting, ConversationState.WAITING_FOR_AGENT);
        store.setState(held, ConversationState.WITH_AGENT);

        assertThat(store.states(List.of(waiting, unset, ConversationId.random(), held, waiting)))
                .containsExactly(
                        Optional.of(ConversationState.WAITING_FOR_AGENT),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(ConversationState.WITH_AGENT),
                        Optional.of(ConversationState.WAITING_FOR_AGENT));
        assertThat(store.states(List.of())).isEmpty();
    }

    @Test
    void state_is_empty_until_set_then_remembered() {
        ConversationId id = ConversationId.random();
        store.append(visitor(id, "hi"));
        assertThat(store.state(id)).isEmpty();

        store.setState(id, ConversationState.WAITING_FOR_AGENT);
        assertThat(store.state(id)).contains(ConversationState.WAITING_FOR_AGENT);

        store.setState(id, ConversationState.WITH_AGENT);
        assertThat(store.state(id)).contains(ConversationState.WITH_AGENT);
    }

    @Test
    void forgets_a_conversation_once_its_time_to_live_has_passed() {
        ConversationStore shortLived = newStore(clock, SHORT_TTL);
        ConversationId id = ConversationId.random();
        shortLived.append(visitor(id, "hello?"));
        shortLived.setState(id, ConversationState.WAITING_FOR_AGENT);

        letTimePass(SHORT_TTL.plusSeconds(1));

        assertThat(shortLived.transcript(id)).isEmpty();
        assertThat(shortLived.state(id)).isEmpty();
    }

    @Test
    void every_write_restarts_the_time_to_live() {
        ConversationStore shortLived = newStore(clock, SHORT_TTL);
        ConversationId id = ConversationId.random();
        Turn first = visitor(id, "hello?");
        shortLived.append(first);
        shortLived.setState(id, ConversationState.BOT);

        letTimePass(Duration.ofMillis(1200));
        Turn second = visitor(id, "anyone?");
        shortLived.append(second);
        letTimePass(Duration.ofMillis(1200));
        shortLived.setState(id, ConversationState.WAITING_FOR_AGENT);
        letTimePass(Duration.ofMillis(1200));

        assertThat(shortLived.transcript(id)).containsExactly(first, second);
        assertThat(shortLived.state(id)).contains(ConversationState.WAITING_FOR_AGENT);
    }

    @Test
    void keeps_every_turn_appended_concurrently() throws Exception {
        ConversationId id = ConversationId.random();
        int writers = 16;
        int turnsEach = 25;

        Race.run(writers, writer -> () -> {
            for (int i = 0; i < turnsEach; i++) {
                store.append(Turn.visitor(new MessageId("w" + writer + "-" + i), id, "message " + i, clock.instant()));
            }
            return null;
        });

        List<Turn> transcript = store.transcript(id);
        assertThat(transcript).hasSize(writers * turnsEach);
        assertThat(transcript.stream().map(Turn::id).distinct()).hasSize(writers * turnsEach);
    }

    private Turn visitor(ConversationId id, String text) {
        return Turn.visitor(MessageId.random(), id, text, clock.instant());
    }

    private Turn bot(ConversationId id, String text) {
        Decision decision = new Decision(
                Route.FAQ,
                "confident: card_arrival 0.91 >= 0.60",
                List.of(new IntentScore("card_arrival", 0.91)),
                List.of("card_arrival"));
        return Turn.bot(MessageId.random(), id, Source.FAQ, text, List.of("Track my card"), clock.instant(), decision);
    }

    @Test
    void erase_forgets_the_turns_and_the_state_of_one_conversation() {
        ConversationId erased = ConversationId.random();
        ConversationId kept = ConversationId.random();
        store.append(Turn.visitor(MessageId.random(), erased, "my IBAN is ...", clock.instant()));
        store.setState(erased, ConversationState.WAITING_FOR_AGENT);
        Turn other = Turn.visitor(MessageId.random(), kept, "hello", clock.instant());
        store.append(other);

        assertThat(store.erase(erased)).isTrue();

        assertThat(store.transcript(erased)).isEmpty();
        assertThat(store.state(erased)).isEmpty();
        assertThat(store.transcript(kept)).containsExactly(other);
        assertThat(store.erase(erased)).as("nothing left to erase").isFalse();
        assertThat(store.erase(ConversationId.random())).isFalse();
    }

    @Test
    void an_erased_conversation_starts_afresh_when_written_again() {
        ConversationId id = ConversationId.random();
        MessageId message = MessageId.random();
        store.append(Turn.visitor(message, id, "first", clock.instant()));
        store.erase(id);

        Turn again = Turn.visitor(message, id, "again", clock.instant());
        assertThat(store.append(again))
                .as("the erased turn's id is forgotten too")
                .isTrue();
        assertThat(store.transcript(id)).containsExactly(again);
    }
}
