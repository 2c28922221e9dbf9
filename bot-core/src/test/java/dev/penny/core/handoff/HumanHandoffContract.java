package dev.penny.core.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.testing.MutableClock;
import dev.penny.core.testing.Race;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link HumanHandoff} must do. Extend it once per implementation and return a fresh, empty instance from
 * {@link #newHandoff(Clock, HandoffExpiry)}.
 *
 * <p>Wait times come from the test clock ({@code clock.advance}); expiry is tested through {@link
 * #letTimePass(Duration)}, which a server-side implementation overrides to also sleep. Expiry tests use seconds.
 */
public abstract class HumanHandoffContract {

    private static final HandoffExpiry LONG =
            new HandoffExpiry(Duration.ofHours(1), Duration.ofHours(1), Duration.ofHours(1));
    private static final HandoffExpiry SHORT =
            new HandoffExpiry(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(2));

    protected final MutableClock clock = MutableClock.at("2025-03-14T09:00:00Z");

    private final AgentId sam = new AgentId("sam");
    private final AgentId kim = new AgentId("kim@example.com");
    private HumanHandoff handoff;

    /** A new, empty handoff. */
    protected abstract HumanHandoff newHandoff(Clock clock, HandoffExpiry expiry);

    /** Lets {@code duration} pass for expiry purposes. */
    protected void letTimePass(Duration duration) {
        clock.advance(duration);
    }

    @BeforeEach
    void createHandoff() {
        handoff = newHandoff(clock, LONG);
    }

    @Test
    void a_queued_conversation_waits_with_its_summary() {
        ConversationId id = ConversationId.random();

        assertThat(handoff.enqueue(id, "\"where is my card\": unsure")).isTrue();

        assertThat(handoff.queue())
                .containsExactly(new WaitingConversation(id, "\"where is my card\": unsure", clock.instant()));
    }

    @Test
    void the_queue_puts_the_longest_wait_first() {
        ConversationId later = ConversationId.random();
        ConversationId earlier = ConversationId.random();
        Instant start = clock.instant();
        clock.set(start.plusSeconds(30));
        handoff.enqueue(later, "later");
        clock.set(start);
        handoff.enqueue(earlier, "earlier");

        assertThat(handoff.queue())
                .extracting(WaitingConversation::conversationId)
                .containsExactly(earlier, later);
    }

    @Test
    void queueing_again_keeps_the_place_in_the_queue() {
        ConversationId id = ConversationId.random();
        Instant first = clock.instant();
        handoff.enqueue(id, "first");
        clock.advance(Duration.ofMinutes(1));

        assertThat(handoff.enqueue(id, "second")).isFalse();
        assertThat(handoff.queue()).containsExactly(new WaitingConversation(id, "first", first));
    }

    @Test
    void an_agent_claims_a_waiting_conversation_which_leaves_the_queue() {
        ConversationId id = ConversationId.random();
        handoff.enqueue(id, "summary");
        clock.advance(Duration.ofSeconds(40));

        Optional<Claim> claim = handoff.claim(id, sam);

        assertThat(claim).contains(new Claim(id, sam, clock.instant()));
        assertThat(handoff.claimOf(id)).isEqualTo(claim);
        assertThat(handoff.queue()).isEmpty();
    }

    @Test
    void a_held_conversation_cannot_be_claimed_again() {
        ConversationId id = ConversationId.random();
        handoff.enqueue(id, "summary");
        handoff.claim(id, sam);

        assertThat(handoff.claim(id, kim)).isEmpty();
        assertThat(handoff.claim(id, sam)).isEmpty();
        assertThat(handoff.claimOf(id)).map(Claim::agent).contains(sam);
    }

    @Test
    void only_waiting_conversations_can_be_claimed() {
        assertThat(handoff.claim(ConversationId.random(), sam)).isEmpty();
    }

    @Test
    void a_held_conversation_cannot_be_queued() {
        ConversationId id = ConversationId.random();
        handoff.enqueue(id, "summary");
        handoff.claim(id, sam);

        assertThat(handoff.enqueue(id, "again")).isFalse();
        assertThat(handoff.queue()).isEmpty();
    }

    @Test
    void exactly_one_of_many_agents_claiming_at_once_wins() throws Exception {
        for (int round = 0; round < 20; round++) {
            ConversationId id = ConversationId.random();
            handoff.enqueue(id, "race " + round);

            List<Optional<Claim>> claims =
                    Race.run(16, agent -> () -> handoff.claim(id, new AgentId("agent-" + agent)));

            List<Claim> won = claims.stream().flatMap(Optional::stream).toList();
            assertThat(won).hasSize(1);
            assertThat(handoff.claimOf(id)).contains(won.get(0));
        }
    }

    @Test
    void claims_the_longest_waiting_conversation() {
        ConversationId first = ConversationId.random();
        ConversationId second = ConversationId.random();
        handoff.enqueue(first, "first");
        clock.advance(Duration.ofSeconds(5));
        handoff.enqueue(second, "second");

        assertThat(handoff.claimLongestWaiting(sam)).map(Claim::conversationId).contains(first);
        assertThat(handoff.claimLongestWaiting(kim)).map(Claim::conversationId).contains(second);
        assertThat(handoff.claimLongestWaiting(kim)).isEmpty();
    }

    @Test
    void lists_what_an_agent_holds() {
        ConversationId first = ConversationId.random();
        ConversationId second = ConversationId.random();
        ConversationId others = ConversationId.random();
        List.of(first, second, others).forEach(id -> handoff.enqueue(id, "s"));
        handoff.claim(first, sam);
        clock.advance(Duration.ofSeconds(1));
        handoff.claim(second, sam);
        handoff.claim(others, kim);

        assertThat(handoff.heldBy(sam)).extracting(Claim::conversationId).containsExactly(first, second);
    }

    @Test
    void release_ends_a_claim_and_returns_it() {
        ConversationId id = ConversationId.random();
        handoff.enqueue(id, "summary");
        Claim claim = handoff.claim(id, sam).orElseThrow();

        assertThat(handoff.release(id)).contains(claim);
        assertThat(handoff.claimOf(id)).isEmpty();
        assertThat(handoff.heldBy(sam)).isEmpty();
        assertThat(handoff.release(id)).isEmpty();
    }

    @Test
    void release_takes_a_waiting_conversation_out_of_the_queue() {
        ConversationId id = ConversationId.random();
        handoff.enqueue(id, "summary");

        assertThat(handoff.release(id)).isEmpty();
        assertThat(handoff.queue()).isEmpty();
        assertThat(handoff.claim(id, sam)).isEmpty();
    }

    @Test
    void a_released_conversation_can_be_queued_again() {
        ConversationId id = ConversationId.random();
        handoff.enqueue(id, "first time");
        handoff.claim(id, sam);
        handoff.release(id);

        assertThat(handoff.enqueue(id, "second time")).isTrue();
        assertThat(handoff.claim(id, kim)).isPresent();
    }

    @Test
    void counts_agents_online() {
        assertThat(handoff.agentsOnline()).isZero();

        handoff.agentOnline(sam);
        handoff.agentOnline(kim);
        handoff.agentOnline(sam);
        assertThat(handoff.agentsOnline()).isEqualTo(2);

        handoff.agentOffline(sam);
        assertThat(handoff.agentsOnline()).isEqualTo(1);
        assertThat(handoff.isOnline(kim)).isTrue();
        assertThat(handoff.isOnline(sam)).isFalse();
        assertThat(handoff.isOnline(new AgentId("nobody"))).isFalse();
    }

    @Test
    void an_agent_without_heartbeat_goes_offline() {
        HumanHandoff shortLived = newHandoff(clock, SHORT);
        shortLived.agentOnline(sam);
        shortLived.agentOnline(kim);

        letTimePass(Duration.ofMillis(1200));
        shortLived.agentOnline(kim);
        letTimePass(Duration.ofMillis(1200));

        assertThat(shortLived.agentsOnline()).isEqualTo(1);
        assertThat(shortLived.isOnline(sam)).isFalse();
        assertThat(shortLived.isOnline(kim)).isTrue();
    }

    @Test
    void forgets_handoffs_nobody_released() {
        HumanHandoff shortLived = newHandoff(clock, SHORT);
        ConversationId waiting = ConversationId.random();
        ConversationId held = ConversationId.random();
        shortLived.enqueue(waiting, "waiting");
        shortLived.enqueue(held, "held");
        shortLived.claim(held, sam);

        letTimePass(Duration.ofSeconds(3));

        assertThat(shortLived.queue()).isEmpty();
        assertThat(shortLived.claimOf(held)).isEmpty();
        assertThat(shortLived.heldBy(sam)).isEmpty();
    }

    @Test
    void keeps_left_messages_oldest_first() {
        LeftMessage first =
                new LeftMessage(ConversationId.random(), "ana@example.com", "Card never came", clock.instant());
        clock.advance(Duration.ofMinutes(3));
        LeftMessage second = new LeftMessage(ConversationId.random(), "bo@example.org", "Refund?", clock.instant());
        handoff.leaveMessage(second);
        handoff.leaveMessage(first);

        assertThat(handoff.leftMessages()).containsExactly(first, second);
    }

    @Test
    void forgets_left_messages_after_their_retention() {
        HumanHandoff shortLived = newHandoff(clock, SHORT);
        shortLived.leaveMessage(new LeftMessage(ConversationId.random(), "ana@example.com", "Hello", clock.instant()));

        letTimePass(Duration.ofSeconds(3));

        assertThat(shortLived.leftMessages()).isEmpty();
    }

    @Test
    void erase_takes_a_conversation_out_of_the_queue_and_forgets_its_left_messages() {
        ConversationId erased = ConversationId.random();
        ConversationId kept = ConversationId.random();
        handoff.enqueue(erased, "summary");
        handoff.enqueue(kept, "other");
        handoff.leaveMessage(new LeftMessage(erased, "ana@example.com", "Card never came", clock.instant()));
        handoff.leaveMessage(new LeftMessage(erased, "ana@example.com", "Still nothing", clock.instant()));
        LeftMessage other = new LeftMessage(kept, "bo@example.org", "Refund?", clock.instant());
        handoff.leaveMessage(other);

        assertThat(handoff.erase(erased)).isEqualTo(2);

        assertThat(handoff.queue())
                .extracting(WaitingConversation::conversationId)
                .containsExactly(kept);
        assertThat(handoff.leftMessages()).containsExactly(other);
        assertThat(handoff.erase(erased)).isZero();
    }

    @Test
    void erase_ends_an_agents_claim_on_the_conversation() {
        ConversationId id = ConversationId.random();
        handoff.enqueue(id, "summary");
        handoff.claim(id, sam);

        handoff.erase(id);

        assertThat(handoff.claimOf(id)).isEmpty();
        assertThat(handoff.heldBy(sam)).isEmpty();
        assertThat(handoff.enqueue(id, "again")).as("it can be queued anew").isTrue();
    }

    @Test
    void erases_the_messages_left_with_an_address_ignoring_case() {
        ConversationId first = ConversationId.random();
        ConversationId second = ConversationId.random();
        LeftMessage one = new LeftMessage(first, "Ana@Example.com", "Card never came", clock.instant());
        clock.advance(Duration.ofMinutes(1));
        LeftMessage two = new LeftMessage(second, "ana@example.com", "Still nothing", clock.instant());
        LeftMessage other = new LeftMessage(second, "bo@example.org", "Refund?", clock.instant());
        handoff.leaveMessage(two);
        handoff.leaveMessage(one);
        handoff.leaveMessage(other);

        assertThat(handoff.eraseLeftMessages(" ANA@example.COM ")).containsExactly(one, two);

        assertThat(handoff.leftMessages()).containsExactly(other);
        assertThat(handoff.eraseLeftMessages("ana@example.com")).isEmpty();
    }

    @Test
    void a_left_message_is_forgotten_by_its_own_age_while_newer_ones_arrive() {
        HumanHandoff shortLived = newHandoff(clock, SHORT);
        LeftMessage old = new LeftMessage(ConversationId.random(), "ana@example.com", "Old", clock.instant());
        shortLived.leaveMessage(old);
        clock.advance(Duration.ofMillis(1500));
        LeftMessage recent = new LeftMessage(ConversationId.random(), "bo@example.org", "New", clock.instant());
        shortLived.leaveMessage(recent);

        letTimePass(Duration.ofMillis(600));

        assertThat(shortLived.leftMessages()).containsExactly(recent);
    }

    @Test
    void a_transfer_gives_the_conversation_to_the_other_agent_alone() {
        ConversationId id = ConversationId.random();
        handoff.enqueue(id, "summary");
        handoff.claim(id, sam);
        clock.advance(Duration.ofMinutes(3));

        Optional<Claim> transferred = handoff.transfer(id, sam, kim);

        assertThat(transferred).contains(new Claim(id, kim, clock.instant()));
        assertThat(handoff.claimOf(id)).isEqualTo(transferred);
        assertThat(handoff.heldBy(kim)).containsExactly(transferred.get());
        assertThat(handoff.heldBy(sam)).isEmpty();
        assertThat(handoff.queue()).isEmpty();
        assertThat(handoff.release(id)).isEqualTo(transferred);
    }

    @Test
    void only_the_holder_can_transfer() {
        ConversationId waiting = ConversationId.random();
        ConversationId held = ConversationId.random();
        handoff.enqueue(waiting, "waiting");
        handoff.enqueue(held, "held");
        handoff.claim(held, sam);

        assertThat(handoff.transfer(held, kim, kim)).isEmpty();
        assertThat(handoff.transfer(waiting, sam, kim)).isEmpty();
        assertThat(handoff.transfer(ConversationId.random(), sam, kim)).isEmpty();

        assertThat(handoff.claimOf(held).map(Claim::agent)).contains(sam);
        assertThat(handoff.queue())
                .extracting(WaitingConversation::conversationId)
                .containsExactly(waiting);
    }
}
