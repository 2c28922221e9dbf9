package dev.penny.channels.agent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.channels.redis.RedisPorts;
import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.ConversationStore;
import dev.penny.core.conversation.MessageId;
import dev.penny.core.conversation.Turn;
import dev.penny.core.cost.CostEvent;
import dev.penny.core.cost.CostKind;
import dev.penny.core.cost.CostLedger;
import dev.penny.core.handoff.HandoffExpiry;
import dev.penny.core.handoff.HumanHandoff;
import dev.penny.core.testing.MutableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The agent queue view on Redis costs the same few round trips for a page of 5 as for a page of 40. */
class QueueViewRoundTripsIT {

    private final MutableClock clock = MutableClock.at("2025-03-14T09:00:00Z");
    private final RedisPorts redis = RedisPorts.onTestServer(clock);
    private final HumanHandoff handoff = redis.handoff(HandoffExpiry.defaults(), 1_000);
    private final ConversationStore store = redis.store(Duration.ofHours(1));
    private final CostLedger ledger = redis.ledger(Duration.ofHours(1));
    private final QueueView view = new QueueView(handoff, store, ledger, clock, 40);

    @Test
    void a_page_costs_a_fixed_number_of_round_trips_whatever_its_length() {
        List<ConversationId> waiting = handOff(5);
        redis.roundTrips();
        QueueView.Page small = view.now();
        int forFive = redis.roundTrips();

        waiting.addAll(handOff(35));
        redis.roundTrips();
        QueueView.Page full = view.now();
        int forForty = redis.roundTrips();

        assertThat(small.conversations()).hasSize(5);
        assertThat(full.conversations()).hasSize(40);
        assertThat(full.total()).isEqualTo(40);
        assertThat(full.conversations().get(0).costMicroDollars()).isEqualTo(7);
        assertThat(full.conversations().get(0).summary()).isEqualTo("summary " + waiting.get(0));
        assertThat(forForty).isEqualTo(forFive).isLessThanOrEqualTo(4);
    }

    @Test
    void later_pages_follow_the_first_longest_wait_first() {
        List<ConversationId> waiting = handOff(45);

        QueueView.Page second = view.page(40);

        assertThat(second.offset()).isEqualTo(40);
        assertThat(second.total()).isEqualTo(45);
        assertThat(second.conversations())
                .extracting(QueueView.Entry::conversationId)
                .containsExactlyElementsOf(waiting.subList(40, 45).stream()
                        .map(ConversationId::value)
                        .toList());
    }

    private List<ConversationId> handOff(int count) {
        List<ConversationId> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ConversationId id = ConversationId.random();
            store.append(Turn.visitor(MessageId.random(), id, "a person please", clock.instant()));
            ledger.record(new CostEvent(id, CostKind.LLM_OUTPUT_TOKENS, 10, 7));
            handoff.handOff(id, "summary " + id, store);
            clock.advance(Duration.ofSeconds(1));
            ids.add(id);
        }
        return ids;
    }
}
