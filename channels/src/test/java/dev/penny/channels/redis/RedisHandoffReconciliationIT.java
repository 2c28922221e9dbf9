package dev.penny.channels.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.ConversationState;
import dev.penny.core.handoff.AgentId;
import dev.penny.core.handoff.HandoffExpiry;
import dev.penny.core.handoff.WaitingConversation;
import dev.penny.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RedisHandoffReconciliationIT {

    private static final HandoffExpiry EXPIRY =
            new HandoffExpiry(Duration.ofHours(1), Duration.ofHours(1), Duration.ofHours(1));

    private final RedisTestServer redis = RedisTestServer.get();
    private final MutableClock clock = MutableClock.at("2025-03-14T09:00:00Z");
    private final RedisConversationStore store = new RedisConversationStore(redis.template(), Duration.ofHours(1));
    private final RedisHumanHandoff handoff = new RedisHumanHandoff(redis.template(), clock, EXPIRY, 100);
    private final RedisHandoffReconciliation reconciliation =
            new RedisHandoffReconciliation(redis.template(), clock, EXPIRY.handoff());

    @BeforeEach
    void emptyDatabase() {
        redis.flush();
    }

    @Test
    void a_conversation_waiting_without_a_queue_entry_is_listed_again_at_its_place() {
        ConversationId stranded = ConversationId.random();
        Instant queuedAt = clock.instant();
        handoff.handOff(stranded, "stranded", store);
        clock.advance(Duration.ofMinutes(1));
        ConversationId later = ConversationId.random();
        handoff.handOff(later, "later", store);
        loseQueueEntry(stranded);
        assertThat(handoff.queue())
                .extracting(WaitingConversation::conversationId)
                .containsExactly(later);

        int listed = reconciliation.reconcile();

        assertThat(listed).isEqualTo(1);
        assertThat(handoff.queue())
                .containsExactly(
                        new WaitingConversation(stranded, "stranded", queuedAt),
                        new WaitingConversation(later, "later", clock.instant()));
        assertThat(store.state(stranded)).contains(ConversationState.WAITING_FOR_AGENT);
    }

    @Test
    void held_conversations_and_a_complete_queue_are_left_alone() {
        ConversationId held = ConversationId.random();
        handoff.handOff(held, "held", store);
        handoff.claim(held, new AgentId("sam"));
        handoff.handOff(ConversationId.random(), "waiting", store);

        assertThat(reconciliation.reconcile()).isZero();
        assertThat(handoff.queue()).hasSize(1);
    }

    @Test
    void the_reconciler_lists_stranded_conversations_when_it_starts() {
        ConversationId stranded = ConversationId.random();
        handoff.handOff(stranded, "stranded", store);
        loseQueueEntry(stranded);
        RedisHandoffReconciler reconciler = new RedisHandoffReconciler(reconciliation, Duration.ofHours(1));

        reconciler.start();
        try {
            Instant deadline = Instant.now().plusSeconds(10);
            while (handoff.queue().isEmpty() && Instant.now().isBefore(deadline)) {
                Sleep.through(Duration.ofMillis(20));
            }
            assertThat(handoff.queue())
                    .extracting(WaitingConversation::conversationId)
                    .containsExactly(stranded);
        } finally {
            reconciler.stop();
        }
        assertThat(reconciler.isRunning()).isFalse();
    }

    // What a failover to a replica that missed the write, or an operator's DEL, leaves behind.
    private void loseQueueEntry(ConversationId id) {
        redis.template().opsForZSet().remove(RedisKeys.queue(), id.value());
    }
}
