package dev.penny.core.cost;

import dev.penny.core.conversation.ConversationId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A ledger that tells an observer what it recorded, once recorded (metrics, analytics), and otherwise does what the
 * ledger it wraps does. The observer sees every recorded event once, whether it came by {@code record}, {@code
 * recordAll} or {@code settleLlm}; it should not throw, and if it does, the costs are already recorded.
 */
public final class ObservedCostLedger implements CostLedger {

    private final CostLedger ledger;
    private final Consumer<List<CostEvent>> observer;

    public ObservedCostLedger(CostLedger ledger, Consumer<List<CostEvent>> observer) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.observer = Objects.requireNonNull(observer, "observer");
    }

    @Override
    public void record(CostEvent event) {
        ledger.record(event);
        observer.accept(List.of(event));
    }

    @Override
    public void recordAll(List<CostEvent> events) {
        ledger.recordAll(events);
        observe(events);
    }

    @Override
    public void settleLlm(LlmReservation reservation, List<CostEvent> actual) {
        ledger.settleLlm(reservation, actual);
        observe(actual);
    }

    private void observe(List<CostEvent> events) {
        if (!events.isEmpty()) {
            observer.accept(events);
        }
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
    public LlmReservation reserveDailyLlm(LlmBudget budget, long microDollars) {
        return ledger.reserveDailyLlm(budget, microDollars);
    }
}
