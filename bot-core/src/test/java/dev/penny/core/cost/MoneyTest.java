package dev.penny.core.cost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.core.conversation.ConversationId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MoneyTest {

    private final ConversationId id = ConversationId.random();

    @Test
    void token_prices_round_up_to_the_next_micro_dollar() {
        LlmPrice price = new LlmPrice(150_000, 600_000); // $0.15 and $0.60 per million

        assertThat(price.inputCost(1_000_000)).isEqualTo(150_000);
        assertThat(price.inputCost(1)).isEqualTo(1);
        assertThat(price.inputCost(0)).isZero();
        assertThat(price.outputCost(1_234)).isEqualTo(741); // 740.4
    }

    @Test
    void agent_time_is_priced_by_the_hour() {
        assertThat(CostSettings.defaults().agentCost(3600)).isEqualTo(30_000_000);
        assertThat(CostSettings.defaults().agentCost(90)).isEqualTo(750_000);
    }

    @Test
    void writes_micro_dollars_as_dollars() {
        assertThat(MicroDollars.format(1_500_000)).isEqualTo("$1.500000");
        assertThat(MicroDollars.format(42)).isEqualTo("$0.000042");
    }

    @Test
    void totals_ignore_kinds_never_recorded_so_they_compare_equal() {
        CostTotals recorded = CostTotals.NONE.plus(new CostEvent(id, CostKind.LOCAL_CLASSIFICATION, 1, 2));
        CostTotals readBack = new CostTotals(
                Map.of(CostKind.LOCAL_CLASSIFICATION, 1L, CostKind.AGENT_SECONDS, 0L),
                Map.of(CostKind.LOCAL_CLASSIFICATION, 2L));

        assertThat(readBack).isEqualTo(recorded);
    }

    @Test
    void an_unlimited_budget_never_stops_a_call() {
        CostTotals lots = CostTotals.NONE.plus(new CostEvent(id, CostKind.LLM_INPUT_TOKENS, 1, Long.MAX_VALUE / 2));

        assertThat(LlmBudget.unlimited().check(lots, lots, Long.MAX_VALUE / 2).withinBudget())
                .isTrue();
    }

    @Test
    void a_zero_budget_stops_every_call() {
        BudgetVerdict verdict = new LlmBudget(0, 1_000).check(CostTotals.NONE, CostTotals.NONE, 0);

        assertThat(verdict.withinBudget()).isFalse();
        assertThat(verdict.detail()).isEqualTo("conversation LLM budget spent: $0.000000 of $0.000000");
    }
}
