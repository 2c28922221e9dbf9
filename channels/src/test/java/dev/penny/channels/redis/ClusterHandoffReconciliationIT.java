package dev.penny.channels.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.handoff.HandoffExpiry;
import dev.penny.core.handoff.WaitingConversation;
import dev.penny.core.testing.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The reconciliation SCANs every master of a real Cluster, where the handoff records spread over all of them. */
class ClusterHandoffReconciliationIT {

    private static final HandoffExpiry EXPIRY =
            new HandoffExpiry(Duration.ofHours(1), Duration.ofHours(1), Duration.ofHours(1));

    private final RedisClusterTestServer cluster = RedisClusterTestServer.get();
    private final MutableClock clock = MutableClock.at("2025-03-14T09:00:00Z");

    @Test
    void lists_stranded_conversations_held_on_every_master() {
        cluster.flush();
        RedisConversationStore store = new RedisConversationStore(cluster.template(), Duration.ofHours(1));
        RedisHumanHandoff handoff = new RedisHumanHandoff(cluster.template(), clock, EXPIRY, 100);
        List<ConversationId> stranded =
                IntStream.range(0, 30).mapToObj(i -> ConversationId.random()).toList();
        stranded.forEach(id -> handoff.handOff(id, "stranded", store));
        cluster.template().delete(RedisKeys.queue());
        assertThat(handoff.queue()).isEmpty();

        int listed = new RedisHandoffReconciliation(cluster.template(), clock, EXPIRY.handoff()).reconcile();

        assertThat(listed).isEqualTo(30);
        assertThat(handoff.queue())
                .extracting(WaitingConversation::conversationId)
                .containsExactlyInAnyOrderElementsOf(stranded);
    }
}
