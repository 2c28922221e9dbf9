package dev.penny.core.cost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.core.conversation.ConversationId;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObservedCostLedgerTest extends CostLedgerContract {

    private final List<CostEvent> observed = new ArrayList<>();

    @Override
    protected CostLedger newLedger(Clock clock, Duration conversationRetention) {
        return new ObservedCostLedger(new InMemoryCostLedger(clock, conversationRetention, 400), observed::addAll);
    }

    @Test
    void the_observer_sees_each_recorded_event_once_and_nothing_else() {
        CostLedger ledger = newLedger(clock, Duration.ofDays(1));
        ConversationId id = ConversationId.random();
        CostEvent one = new CostEvent(id, CostKind.LOCAL_CLASSIFICATION, 1, 3);
        CostEvent two = new CostEvent(id, CostKind.LLM_INPUT_TOKENS, 900, 135);

        ledger.record(one);
        ledger.recordAll(List.of(two));
        LlmReservation reservation = ledger.reserveLlm(id, LlmBudget.unlimited(), 10);
        ledger.settleLlm(reservation, List.of());
        ledger.conversationTotals(id);

        assertThat(observed).containsExactly(one, two);
    }
}
