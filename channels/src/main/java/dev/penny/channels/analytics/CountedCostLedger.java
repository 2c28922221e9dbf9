package dev.penny.channels.analytics;

import dev.penny.core.analytics.SupportAnalytics;
import dev.penny.core.conversation.ConversationId;
import dev.penny.core.cost.BudgetVerdict;
import dev.penny.core.cost.CostEvent;
import dev.penny.core.cost.CostLedger;
import dev.penny.core.cost.CostTotals;
import dev.penny.core.cost.LlmBudget;
import dev.penny.core.cost.LlmReservation;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A ledger that also counts what it records for analytics, once recorded; a failure to count is only logged. */
final class CountedCostLedger implements CostLedger {

    private static final Logger log = LoggerFactory.getLogger(CountedCostLedger.class);

    private final CostLedger ledger;
    private final Supplier<SupportAnalytics> analytics;

    CountedCostLedger(CostLedger ledger, Supplier<SupportAnalytics> analytics) {
        this.ledger = ledger;
        this.analytics = analytics;
    }

    @Override
    public void record(CostEvent event) {
        ledger.record(event);
        count(List.of(event));
    }

    @Override
    public void recordAll(List<CostEvent> events) {
        ledger.recordAll(events);
        count(events);
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
        count(actual);
    }

    private void count(List<CostEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        try {
            analytics.get().onCosts(events);
        } catch (RuntimeException e) {
            log.warn("Could not count {} costs for analytics: {}", events.size(), e.toString());
        }
    }
}
