package dev.penny.core.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.ConversationState;
import dev.penny.core.conversation.ConversationStore;
import dev.penny.core.testing.MutableClock;
import dev.penny.core.testing.Race;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * What every {@link HumanHandoff} must do when it hands a conversation off: mark it and queue it together, hold the
 * cap under concurrent handoffs, and page the queue. Extend it once per implementation.
 */
public abstract class HandoffQueueContract {

    private static final HandoffExpiry EXPIRY =
            new HandoffExpiry(Duration.ofHours(1), Duration.ofHours(1), Duration.ofHours(1));

    protected final MutableClock clock = MutableClock.at("2025-03-14T09:00:00Z");

    /** A new, empty handoff that queues at most {@code maxWaiting} conversations. */
    protected abstract HumanHandoff newHandoff(Clock clock, HandoffExpiry expiry, int maxWaiting);

    /** A new, empty conversation store of the kind this handoff is deployed with. */
    protected abstract ConversationStore newStore(Clock clock);

    @Test
    void handing_off_marks_the_conversation_waiting_and_queues_it() {
        HumanHandoff handoff = newHandoff(clock, EXPIRY, 10);
        ConversationStore store = newStore(clock);
        ConversationId id = ConversationId.random();

        assertThat(handoff.handOff(id, "summary", store)).isEqualTo(HandoffOutcome.QUEUED);

        assertThat(store.state(id)).contains(ConversationState.WAITING_FOR_AGENT);
        assertThat(handoff.queue()).containsExactly(new WaitingConversation(id, "summary", clock.instant()));
    }

    @Test
    void handing_off_a_held_conversation_changes_nothing() {
        HumanHandoff handoff = newHandoff(clock, EXPIRY, 10);
        ConversationStore store = newStore(clock);
        ConversationId id = ConversationId.random();
        handoff.handOff(id, "summary", store);
        handoff.claim(id, new AgentId("sam"));
        store.setState(id, ConversationState.WITH_AGENT);

        assertThat(handoff.handOff(id, "again", store)).isEqualTo(HandoffOutcome.UNCHANGED);

        assertThat(store.state(id)).contains(ConversationState.WITH_AGENT);
        assertThat(handoff.queue()).isEmpty();
    }

    @Test
    void beyond_the_cap_nothing_changes_and_the_queue_is_full() {
        HumanHandoff handoff = newHandoff(clock, EXPIRY, 2);
        ConversationStore store = newStore(clock);
        handoff.handOff(ConversationId.random(), "first", store);
        handoff.handOff(ConversationId.random(), "second", store);
        ConversationId third = ConversationId.random();

        assertThat(handoff.handOff(third, "third", store)).isEqualTo(HandoffOutcome.QUEUE_FULL);

        assertThat(store.state(third)).isEmpty();
        assertThat(handoff.queue()).hasSize(2);
    }

    @Test
    void many_visitors_handed_off_at_once_never_overfill_the_queue() throws Exception {
        HumanHandoff handoff = newHandoff(clock, EXPIRY, 5);
        ConversationStore store = newStore(clock);
        List<ConversationId> ids =
                IntStream.range(0, 40).mapToObj(i -> ConversationId.random()).toList();

        List<HandoffOutcome> outcomes = Race.run(40, i -> () -> handoff.handOff(ids.get(i), "race", store));

        assertThat(outcomes).filteredOn(HandoffOutcome.QUEUED::equals).hasSize(5);
        assertThat(outcomes).filteredOn(HandoffOutcome.QUEUE_FULL::equals).hasSize(35);
        assertThat(handoff.queue()).hasSize(5);
        assertThat(ids.stream().map(store::state).filter(Optional::isPresent)).hasSize(5);
    }

    @Test
    void the_queue_is_read_in_pages_longest_wait_first() {
        HumanHandoff handoff = newHandoff(clock, EXPIRY, 100);
        ConversationStore store = newStore(clock);
        List<ConversationId> ids =
                IntStream.range(0, 7).mapToObj(i -> ConversationId.random()).toList();
        for (ConversationId id : ids) {
            handoff.handOff(id, "summary", store);
            clock.advance(Duration.ofSeconds(1));
        }

        QueuePage second = handoff.queuePage(3, 3);
        QueuePage last = handoff.queuePage(6, 3);

        assertThat(second.conversations())
                .extracting(WaitingConversation::conversationId)
                .containsExactlyElementsOf(ids.subList(3, 6));
        assertThat(second.total()).isEqualTo(7);
        assertThat(second.offset()).isEqualTo(3);
        assertThat(last.conversations())
                .extracting(WaitingConversation::conversationId)
                .containsExactly(ids.get(6));
    }
}
