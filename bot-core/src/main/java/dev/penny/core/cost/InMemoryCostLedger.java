package dev.penny.core.cost;

import dev.penny.core.conversation.ConversationId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The cost ledger Penny uses when no Redis is configured; totals are lost on restart.
 *
 * <p>One lock guards everything: recording is a map update, a few per visitor message.
 */
public final class InMemoryCostLedger implements CostLedger {

    private final Clock clock;
    private final Duration conversationRetention;
    private final int daysKept;
    private final Map<ConversationId, Tally> conversations = new HashMap<>();
    private final Map<LocalDate, CostTotals> days = new HashMap<>();
    private final Map<ConversationId, Long> heldByConversation = new HashMap<>();
    private final Map<LocalDate, Long> heldByDay = new HashMap<>();
    private Instant nextSweep;

    /**
     * @param conversationRetention a conversation's totals are forgotten this long after its last event
     * @param daysKept daily totals older than this many days are forgotten
     */
    public InMemoryCostLedger(Clock clock, Duration conversationRetention, int daysKept) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.conversationRetention = Objects.requireNonNull(conversationRetention, "conversationRetention");
        if (conversationRetention.isNegative() || conversationRetention.isZero() || daysKept < 1) {
            throw new IllegalArgumentException("conversationRetention must be positive and daysKept at least 1");
        }
        this.daysKept = daysKept;
        this.nextSweep = clock.instant().plus(conversationRetention);
    }

    @Override
    public synchronized void record(CostEvent event) {
        Instant now = clock.instant();
        sweepIfDue(now);
        if (event.conversationId() != null) {
            CostTotals before = conversationTotals(event.conversationId());
            conversations.put(event.conversationId(), new Tally(before.plus(event), now));
        }
        days.merge(
                LocalDate.ofInstant(now, clock.getZone()), CostTotals.NONE.plus(event), (old, none) -> old.plus(event));
    }

    @Override
    public synchronized CostTotals conversationTotals(ConversationId id) {
        Tally tally = conversations.get(id);
        return tally == null || tally.expiredAt(clock.instant(), conversationRetention)
                ? CostTotals.NONE
                : tally.totals();
    }

    // What an LLM call still holds stays held, so its settlement balances.
    @Override
    public synchronized void erase(ConversationId id) {
        conversations.remove(id);
    }

    @Override
    public synchronized CostTotals dailyTotals(LocalDate day) {
        return day.isBefore(oldestDayKept(clock.instant())) ? CostTotals.NONE : days.getOrDefault(day, CostTotals.NONE);
    }

    @Override
    public synchronized BudgetVerdict checkLlmBudget(ConversationId id, LlmBudget budget, long plannedMicroDollars) {
        return budget.check(conversationTotals(id), dailyTotals(LocalDate.now(clock)), plannedMicroDollars);
    }

    @Override
    public synchronized LlmReservation reserveLlm(ConversationId id, LlmBudget budget, long microDollars) {
        LocalDate today = LocalDate.now(clock);
        BudgetVerdict verdict = budget.check(
                conversationTotals(id).llmMicroDollars() + heldByConversation.getOrDefault(id, 0L),
                dailyTotals(today).llmMicroDollars() + heldByDay.getOrDefault(today, 0L),
                microDollars);
        if (!verdict.withinBudget()) {
            return new LlmReservation(id, today, 0, verdict);
        }
        heldByConversation.merge(id, microDollars, Long::sum);
        heldByDay.merge(today, microDollars, Long::sum);
        return new LlmReservation(id, today, microDollars, verdict);
    }

    @Override
    public synchronized LlmReservation reserveDailyLlm(LlmBudget budget, long microDollars) {
        LocalDate today = LocalDate.now(clock);
        BudgetVerdict verdict = budget.dailyOnly()
                .check(0, dailyTotals(today).llmMicroDollars() + heldByDay.getOrDefault(today, 0L), microDollars);
        if (!verdict.withinBudget()) {
            return new LlmReservation(null, today, 0, verdict);
        }
        heldByDay.merge(today, microDollars, Long::sum);
        return new LlmReservation(null, today, microDollars, verdict);
    }

    @Override
    public synchronized void settleLlm(LlmReservation reservation, List<CostEvent> actual) {
        if (reservation.granted()) {
            if (reservation.conversationId() != null) {
                release(heldByConversation, reservation.conversationId(), reservation.microDollars());
            }
            release(heldByDay, reservation.day(), reservation.microDollars());
        }
        actual.forEach(this::record);
    }

    private static <K> void release(Map<K, Long> held, K key, long microDollars) {
        held.computeIfPresent(key, (k, amount) -> amount - microDollars <= 0 ? null : amount - microDollars);
    }

    // Expired totals are invisible at once; memory is reclaimed in a sweep at most once per retention period.
    private void sweepIfDue(Instant now) {
        if (now.isBefore(nextSweep)) {
            return;
        }
        conversations.values().removeIf(t -> t.expiredAt(now, conversationRetention));
        LocalDate oldest = oldestDayKept(now);
        days.keySet().removeIf(day -> day.isBefore(oldest));
        nextSweep = now.plus(conversationRetention);
    }

    private LocalDate oldestDayKept(Instant now) {
        return LocalDate.ofInstant(now, clock.getZone()).minusDays(daysKept - 1L);
    }

    private record Tally(CostTotals totals, Instant lastEvent) {
        boolean expiredAt(Instant now, Duration retention) {
            return !now.isBefore(lastEvent.plus(retention));
        }
    }
}
