package dev.penny.core.cost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.testing.MutableClock;
import dev.penny.core.testing.Race;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CostLedger} must do. Extend it once per implementation and return a fresh, empty ledger from
 * {@link #newLedger(Clock, Duration)}.
 *
 * <p>Days come from the test clock ({@code clock.advance}); the expiry of a conversation's totals is tested through
 * {@link #letTimePass(Duration)}, which a server-side implementation overrides to also sleep.
 */
public abstract class CostLedgerContract {

    private static final Duration LONG_RETENTION = Duration.ofDays(2);

    protected final MutableClock clock = MutableClock.at("2025-03-14T22:00:00Z");

    private final ConversationId ana = ConversationId.random();
    private final ConversationId bo = ConversationId.random();
    private CostLedger ledger;

    /** A new, empty ledger that forgets a conversation's totals {@code conversationRetention} after its last event. */
    protected abstract CostLedger newLedger(Clock clock, Duration conversationRetention);

    /** Lets {@code duration} pass for expiry purposes. */
    protected void letTimePass(Duration duration) {
        clock.advance(duration);
    }

    @BeforeEach
    void createLedger() {
        ledger = newLedger(clock, LONG_RETENTION);
    }

    @Test
    void knows_nothing_of_an_unknown_conversation_or_day() {
        assertThat(ledger.conversationTotals(ConversationId.random())).isEqualTo(CostTotals.NONE);
        assertThat(ledger.dailyTotals(LocalDate.of(2001, 1, 1))).isEqualTo(CostTotals.NONE);
    }

    @Test
    void sums_a_conversations_costs_by_kind() {
        ledger.record(new CostEvent(ana, CostKind.LOCAL_CLASSIFICATION, 1, 3));
        ledger.record(new CostEvent(ana, CostKind.LOCAL_CLASSIFICATION, 1, 3));
        ledger.record(new CostEvent(ana, CostKind.LLM_INPUT_TOKENS, 900, 135));
        ledger.record(new CostEvent(ana, CostKind.LLM_OUTPUT_TOKENS, 120, 72));
        ledger.record(new CostEvent(ana, CostKind.AGENT_SECONDS, 300, 2_500_000));
        ledger.record(new CostEvent(ana, CostKind.ALL_LLM_BASELINE, 2_000, 400));

        CostTotals totals = ledger.conversationTotals(ana);

        assertThat(totals.units(CostKind.LOCAL_CLASSIFICATION)).isEqualTo(2);
        assertThat(totals.microDollars(CostKind.LOCAL_CLASSIFICATION)).isEqualTo(6);
        assertThat(totals.units(CostKind.LLM_INPUT_TOKENS)).isEqualTo(900);
        assertThat(totals.units(CostKind.LLM_OUTPUT_TOKENS)).isEqualTo(120);
        assertThat(totals.llmMicroDollars()).isEqualTo(207);
        assertThat(totals.units(CostKind.AGENT_SECONDS)).isEqualTo(300);
        assertThat(totals.spentMicroDollars()).isEqualTo(6 + 207 + 2_500_000);
        assertThat(totals.allLlmBaselineMicroDollars()).isEqualTo(400);
    }

    @Test
    void record_all_counts_every_event_as_record_does() {
        ledger.recordAll(List.of(
                new CostEvent(ana, CostKind.LOCAL_CLASSIFICATION, 1, 3),
                new CostEvent(ana, CostKind.ALL_LLM_BASELINE, 2_000, 400),
                new CostEvent(bo, CostKind.LOCAL_CLASSIFICATION, 1, 3),
                new CostEvent(ana, CostKind.LOCAL_CLASSIFICATION, 1, 3)));
        ledger.recordAll(List.of());

        assertThat(ledger.conversationTotals(ana).units(CostKind.LOCAL_CLASSIFICATION))
                .isEqualTo(2);
        assertThat(ledger.conversationTotals(ana).microDollars(CostKind.LOCAL_CLASSIFICATION))
                .isEqualTo(6);
        assertThat(ledger.conversationTotals(ana).allLlmBaselineMicroDollars()).isEqualTo(400);
        assertThat(ledger.conversationTotals(bo).spentMicroDollars()).isEqualTo(3);
        CostTotals today = ledger.dailyTotals(LocalDate.ofInstant(clock.instant(), clock.getZone()));
        assertThat(today.units(CostKind.LOCAL_CLASSIFICATION)).isEqualTo(3);
        assertThat(today.microDollars(CostKind.LOCAL_CLASSIFICATION)).isEqualTo(9);
    }

    @Test
    void keeps_conversations_apart() {
        ledger.record(new CostEvent(ana, CostKind.LLM_INPUT_TOKENS, 100, 15));
        ledger.record(new CostEvent(bo, CostKind.LLM_INPUT_TOKENS, 200, 30));

        assertThat(ledger.conversationTotals(ana).llmMicroDollars()).isEqualTo(15);
        assertThat(ledger.conversationTotals(bo).llmMicroDollars()).isEqualTo(30);
    }

    @Test
    void sums_each_day_across_conversations_by_the_clocks_calendar() {
        LocalDate friday = LocalDate.of(2025, 3, 14);
        ledger.record(new CostEvent(ana, CostKind.LLM_INPUT_TOKENS, 100, 15));
        ledger.record(new CostEvent(bo, CostKind.LLM_INPUT_TOKENS, 200, 30));
        clock.advance(Duration.ofHours(3)); // 01:00 on Saturday
        ledger.record(new CostEvent(ana, CostKind.LLM_OUTPUT_TOKENS, 50, 30));

        assertThat(ledger.dailyTotals(friday).llmMicroDollars()).isEqualTo(45);
        assertThat(ledger.dailyTotals(friday).units(CostKind.LLM_INPUT_TOKENS)).isEqualTo(300);
        assertThat(ledger.dailyTotals(friday.plusDays(1)).llmMicroDollars()).isEqualTo(30);
        assertThat(ledger.conversationTotals(ana).llmMicroDollars()).isEqualTo(45);
    }

    @Test
    void days_follow_the_clocks_zone() {
        CostLedger tokyo = newLedger(clock.withZone(ZoneId.of("Asia/Tokyo")), LONG_RETENTION);

        tokyo.record(new CostEvent(ana, CostKind.LOCAL_CLASSIFICATION, 1, 2)); // 07:00 on Saturday in Tokyo

        assertThat(tokyo.dailyTotals(LocalDate.of(2025, 3, 15)).units(CostKind.LOCAL_CLASSIFICATION))
                .isEqualTo(1);
    }

    @Test
    void counts_every_event_recorded_concurrently() throws Exception {
        int threads = 16;
        int eventsEach = 50;

        Race.run(threads, thread -> () -> {
            for (int i = 0; i < eventsEach; i++) {
                ledger.record(new CostEvent(ana, CostKind.LLM_INPUT_TOKENS, 10, 1));
            }
            return null;
        });

        assertThat(ledger.conversationTotals(ana).units(CostKind.LLM_INPUT_TOKENS))
                .isEqualTo(threads * eventsEach * 10L);
        assertThat(ledger.dailyTotals(LocalDate.now(clock)).llmMicroDollars()).isEqualTo(threads * eventsEach);
    }

    @Test
    void a_planned_call_within_both_budgets_may_go_ahead() {
        ledger.record(new CostEvent(ana, CostKind.LLM_INPUT_TOKENS, 1000, 400));

        BudgetVerdict verdict = ledger.checkLlmBudget(ana, new LlmBudget(1_000, 10_000), 600);

        assertThat(verdict.withinBudget()).isTrue();
    }

    @Test
    void stops_a_call_that_would_exceed_the_conversation_budget() {
        ledger.record(new CostEvent(ana, CostKind.LLM_INPUT_TOKENS, 1000, 400));

        BudgetVerdict verdict = ledger.checkLlmBudget(ana, new LlmBudget(1_000, 10_000), 601);

        assertThat(verdict.withinBudget()).isFalse();
        assertThat(verdict.detail()).contains("conversation");
        assertThat(ledger.checkLlmBudget(bo, new LlmBudget(1_000, 10_000), 601).withinBudget())
                .isTrue();
    }

    @Test
    void stops_every_conversation_once_the_day_budget_is_spent_and_starts_afresh_next_day() {
        LlmBudget budget = new LlmBudget(1_000, 1_500);
        ledger.record(new CostEvent(ana, CostKind.LLM_OUTPUT_TOKENS, 1000, 900));
        ledger.record(new CostEvent(bo, CostKind.LLM_OUTPUT_TOKENS, 1000, 600));

        BudgetVerdict today = ledger.checkLlmBudget(ConversationId.random(), budget, 1);
        assertThat(today.withinBudget()).isFalse();
        assertThat(today.detail()).contains("daily");

        clock.advance(Duration.ofHours(3)); // past midnight
        assertThat(ledger.checkLlmBudget(ConversationId.random(), budget, 1).withinBudget())
                .isTrue();
    }

    @Test
    void only_llm_spending_counts_against_the_llm_budget() {
        ledger.record(new CostEvent(ana, CostKind.AGENT_SECONDS, 600, 5_000_000));
        ledger.record(new CostEvent(ana, CostKind.LOCAL_CLASSIFICATION, 1, 5_000));
        ledger.record(new CostEvent(ana, CostKind.ALL_LLM_BASELINE, 1_000, 5_000));

        assertThat(ledger.checkLlmBudget(ana, new LlmBudget(1_000, 1_000), 500).withinBudget())
                .isTrue();
    }

    @Test
    void forgets_a_conversations_totals_after_its_retention_but_keeps_the_day() {
        CostLedger shortLived = newLedger(clock, Duration.ofSeconds(2));
        shortLived.record(new CostEvent(ana, CostKind.LLM_INPUT_TOKENS, 100, 15));

        letTimePass(Duration.ofSeconds(3));

        assertThat(shortLived.conversationTotals(ana)).isEqualTo(CostTotals.NONE);
        assertThat(shortLived.dailyTotals(LocalDate.of(2025, 3, 14)).llmMicroDollars())
                .isEqualTo(15);
    }

    @Test
    void erase_forgets_a_conversations_totals_but_not_the_days() {
        ledger.record(new CostEvent(ana, CostKind.LLM_INPUT_TOKENS, 100, 15));
        ledger.record(new CostEvent(bo, CostKind.LLM_INPUT_TOKENS, 200, 30));

        ledger.erase(ana);

        assertThat(ledger.conversationTotals(ana)).isEqualTo(CostTotals.NONE);
        assertThat(ledger.conversationTotals(bo).llmMicroDollars()).isEqualTo(30);
        assertThat(ledger.dailyTotals(LocalDate.now(clock)).llmMicroDollars()).isEqualTo(45);
        ledger.erase(ConversationId.random()); // nothing kept: nothing happens
    }
}
