package dev.penny.core.cost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.testing.MutableClock;
import dev.penny.core.testing.Race;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CostLedger} must do when it reserves LLM budget before a call and settles it after. Extend it once
 * per implementation and return a fresh, empty ledger from {@link #newLedger(Clock)}.
 */
public abstract class LlmReservationContract {

    protected final MutableClock clock = MutableClock.at("2025-03-14T09:00:00Z");

    private final ConversationId ana = ConversationId.random();
    private CostLedger ledger;

    /** A new, empty ledger keeping a conversation's totals for at least an hour. */
    protected abstract CostLedger newLedger(Clock clock);

    @BeforeEach
    void createLedger() {
        ledger = newLedger(clock);
    }

    @Test
    void many_calls_reserving_at_once_never_overshoot_the_daily_budget() throws Exception {
        LlmBudget budget = new LlmBudget(10_000, 1_000);
        List<ConversationId> ids =
                IntStream.range(0, 48).mapToObj(i -> ConversationId.random()).toList();

        List<LlmReservation> reservations = Race.run(48, i -> () -> ledger.reserveLlm(ids.get(i), budget, 100));

        assertThat(reservations).filteredOn(LlmReservation::granted).hasSize(10);
        assertThat(reservations)
                .filteredOn(r -> !r.granted())
                .allSatisfy(r -> assertThat(r.verdict().detail()).startsWith("daily LLM budget spent"));
    }

    @Test
    void many_calls_of_one_conversation_never_overshoot_its_budget() throws Exception {
        LlmBudget budget = new LlmBudget(300, 1_000_000);

        List<LlmReservation> reservations = Race.run(24, i -> () -> ledger.reserveLlm(ana, budget, 100));

        assertThat(reservations).filteredOn(LlmReservation::granted).hasSize(3);
    }

    @Test
    void settling_records_the_real_usage_and_frees_the_rest_of_the_reservation() {
        LlmBudget budget = new LlmBudget(1_000, 1_000);
        LlmReservation reservation = ledger.reserveLlm(ana, budget, 600);
        assertThat(ledger.reserveLlm(ana, budget, 600).granted()).isFalse();

        ledger.settleLlm(
                reservation,
                List.of(
                        new CostEvent(ana, CostKind.LLM_INPUT_TOKENS, 1_000, 150),
                        new CostEvent(ana, CostKind.LLM_OUTPUT_TOKENS, 100, 60)));

        assertThat(ledger.conversationTotals(ana).llmMicroDollars()).isEqualTo(210);
        assertThat(ledger.dailyTotals(LocalDate.of(2025, 3, 14)).llmMicroDollars())
                .isEqualTo(210);
        assertThat(ledger.reserveLlm(ana, budget, 790).granted()).isTrue();
        assertThat(ledger.reserveLlm(ana, budget, 1).granted()).isFalse();
    }

    @Test
    void a_failed_call_frees_its_whole_reservation() {
        LlmBudget budget = new LlmBudget(500, 500);
        LlmReservation reservation = ledger.reserveLlm(ana, budget, 500);

        ledger.settleLlm(reservation, List.of());

        assertThat(ledger.conversationTotals(ana).llmMicroDollars()).isZero();
        assertThat(ledger.reserveLlm(ana, budget, 500).granted()).isTrue();
    }

    @Test
    void a_refused_reservation_holds_nothing() {
        LlmBudget budget = new LlmBudget(500, 10_000);
        ledger.record(new CostEvent(ana, CostKind.LLM_OUTPUT_TOKENS, 100, 450));

        LlmReservation refused = ledger.reserveLlm(ana, budget, 100);

        assertThat(refused.granted()).isFalse();
        assertThat(refused.microDollars()).isZero();
        assertThat(refused.verdict().detail()).startsWith("conversation LLM budget spent");
        assertThat(ledger.reserveLlm(ana, budget, 50).granted()).isTrue();
    }

    @Test
    void a_reservation_settled_after_midnight_frees_the_day_it_was_taken_on() {
        LlmBudget budget = new LlmBudget(10_000, 500);
        LlmReservation reservation = ledger.reserveLlm(ana, budget, 500);
        clock.advance(Duration.ofDays(1));

        ledger.settleLlm(reservation, List.of());

        clock.advance(Duration.ofDays(-1));
        assertThat(ledger.reserveLlm(ConversationId.random(), budget, 500).granted())
                .isTrue();
    }

    @Test
    void editor_calls_and_visitors_calls_reserving_at_once_share_the_daily_budget_without_overshooting_it()
            throws Exception {
        LlmBudget budget = new LlmBudget(10_000, 1_000);
        List<ConversationId> ids =
                IntStream.range(0, 24).mapToObj(i -> ConversationId.random()).toList();

        List<LlmReservation> reservations = Race.run(
                48,
                i -> () -> i % 2 == 0
                        ? ledger.reserveDailyLlm(budget, 100)
                        : ledger.reserveLlm(ids.get(i / 2), budget, 100));

        assertThat(reservations).filteredOn(LlmReservation::granted).hasSize(10);
        assertThat(reservations)
                .filteredOn(r -> !r.granted())
                .allSatisfy(r -> assertThat(r.verdict().detail()).startsWith("daily LLM budget spent"));
    }

    @Test
    void an_editor_call_is_settled_into_the_days_totals_alone_and_what_it_spent_counts_against_visitors() {
        LlmBudget budget = new LlmBudget(10_000, 1_000);
        LlmReservation reservation = ledger.reserveDailyLlm(budget, 700);
        assertThat(reservation.granted()).isTrue();
        assertThat(reservation.conversationId()).isNull();
        assertThat(ledger.reserveLlm(ana, budget, 400).granted()).isFalse();

        ledger.settleLlm(
                reservation,
                List.of(
                        CostEvent.outsideConversations(CostKind.EDITOR_LLM_INPUT_TOKENS, 2_000, 300),
                        CostEvent.outsideConversations(CostKind.EDITOR_LLM_OUTPUT_TOKENS, 500, 300)));

        CostTotals today = ledger.dailyTotals(LocalDate.of(2025, 3, 14));
        assertThat(today.units(CostKind.EDITOR_LLM_INPUT_TOKENS)).isEqualTo(2_000);
        assertThat(today.units(CostKind.EDITOR_LLM_OUTPUT_TOKENS)).isEqualTo(500);
        assertThat(today.llmMicroDollars()).isEqualTo(600);
        assertThat(today.microDollars(CostKind.LLM_INPUT_TOKENS)).isZero();
        assertThat(ledger.conversationTotals(ana)).isEqualTo(CostTotals.NONE);
        LlmReservation visitors = ledger.reserveLlm(ana, budget, 400);
        assertThat(visitors.granted()).isTrue();
        assertThat(ledger.reserveLlm(ConversationId.random(), budget, 1).granted())
                .isFalse();
        assertThat(ledger.reserveDailyLlm(budget, 1).verdict().detail()).startsWith("daily LLM budget spent");
    }

    @Test
    void a_failed_editor_call_frees_its_whole_reservation_and_records_nothing() {
        LlmBudget budget = new LlmBudget(10_000, 500);
        LlmReservation reservation = ledger.reserveDailyLlm(budget, 500);
        assertThat(ledger.reserveDailyLlm(budget, 1).granted()).isFalse();

        ledger.settleLlm(reservation, List.of());

        assertThat(ledger.dailyTotals(LocalDate.of(2025, 3, 14))).isEqualTo(CostTotals.NONE);
        assertThat(ledger.reserveDailyLlm(budget, 500).granted()).isTrue();
    }

    @Test
    void an_editor_call_is_capped_by_the_day_alone_and_a_refusal_holds_nothing() {
        // more than a conversation may spend, but the editor's calls belong to no conversation
        LlmBudget budget = new LlmBudget(100, 1_000);
        assertThat(ledger.reserveDailyLlm(budget, 900).granted()).isTrue();

        LlmReservation refused = ledger.reserveDailyLlm(budget, 200);

        assertThat(refused.granted()).isFalse();
        assertThat(refused.microDollars()).isZero();
        assertThat(refused.verdict().detail()).startsWith("daily LLM budget spent");
        assertThat(ledger.reserveDailyLlm(budget, 100).granted()).isTrue();
    }
}
