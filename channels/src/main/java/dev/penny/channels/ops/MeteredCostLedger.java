package dev.penny.channels.ops;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.cost.BudgetVerdict;
import dev.penny.core.cost.CostEvent;
import dev.penny.core.cost.CostLedger;
import dev.penny.core.cost.CostTotals;
import dev.penny.core.cost.LlmBudget;
import dev.penny.core.cost.LlmReservation;
import java.time.LocalDate;
import java.util.List;

/** A ledger that also counts every recorded cost in the {@code penny.cost} metric. */
public final class MeteredCostLedger implements CostLedger {

    private final CostLedger ledger;
    private final PennyMetrics metrics;

    public MeteredCostLedger(CostLedger ledger, PennyMetrics metrics) {
        this.ledger = ledger;
        this.metrics = metrics;
    }

    @Override
    public void record(CostEvent event) {
        ledger.record(event);
        metrics.cost(event);
    }

    @Override
    public void recordAll(List<CostEvent> events) {
        ledger.recordAll(events);
        events.forEach(metrics::cost);
    }

    @Override
    public CostTotals conversationTotals(ConversationId id) {
        return ledger.conversationTotals(id);
    }

    @Override
    public List<CostTotals> conversationTotalsOfEach(List<ConversationId> ids) {
        return ledger.conversationTotalsOfEach(ids);
    }

    @Override
    public void erase(ConversationId id) {
        ledger.erase(id);
    }

    @Override
    public CostTotals dailyTotals(LocalDate day) {
        return ledger.dailyTotals(day);
    }

    @Override
    public BudgetVerdict checkLlmBudget(ConversationId id, LlmBudget budget, long plannedMicroDollars) {
        return ledger.checkLlmBudget(id, budget, plannedMicroDollars);
    }

    @Override
    public LlmReservation reserveLlm(ConversationId id, LlmBudget budget, long microDollars) {
        return ledger.reserveLlm(id, budget, microDollars);
    }

    @Override
    public void settleLlm(LlmReservation reservation, List<CostEvent> actual) {
        ledger.settleLlm(reservation, actual);
        actual.forEach(metrics::cost);
    }
}
