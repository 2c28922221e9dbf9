package dev.penny.core.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.penny.core.testing.MutableClock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The editor's LLM calls on the in-memory ledger: charged, held within the day's budget, released on failure. */
class EditorLlmSpendingTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 14);

    private final MutableClock clock = MutableClock.at("2025-03-14T09:00:00Z");
    private final InMemoryCostLedger ledger = new InMemoryCostLedger(clock, Duration.ofHours(1), 30);
    private final List<CostEvent> observed = new ArrayList<>();

    private EditorLlmSpending spending(long budgetPerDay) {
        CostSettings defaults = CostSettings.defaults();
        CostSettings costs = new CostSettings(
                defaults.classificationMicroDollars(),
                defaults.llmPrice(),
                defaults.agentMicroDollarsPerHour(),
                new LlmBudget(defaults.llmBudget().perConversationMicroDollars(), budgetPerDay),
                defaults.estimatedPromptTokens(),
                defaults.estimatedAnswerTokens());
        return new EditorLlmSpending(new ObservedCostLedger(ledger, observed::addAll), costs);
    }

    @Test
    void a_call_is_charged_what_the_provider_billed_as_editor_spending_in_the_days_totals() {
        String result = spending(10_000_000)
                .spend(
                        "Refund\nI want my money back",
                        OptionalLong.of(400),
                        () -> new EditorLlmSpending.Billed<>("done", 1_000, 200));

        assertThat(result).isEqualTo("done");
        CostTotals today = ledger.dailyTotals(TODAY);
        // default prices: $0.15 and $0.60 per million tokens
        assertThat(today.units(CostKind.EDITOR_LLM_INPUT_TOKENS)).isEqualTo(1_000);
        assertThat(today.microDollars(CostKind.EDITOR_LLM_INPUT_TOKENS)).isEqualTo(150);
        assertThat(today.units(CostKind.EDITOR_LLM_OUTPUT_TOKENS)).isEqualTo(200);
        assertThat(today.microDollars(CostKind.EDITOR_LLM_OUTPUT_TOKENS)).isEqualTo(120);
        assertThat(today.microDollars(CostKind.LLM_INPUT_TOKENS)).isZero();
        assertThat(observed)
                .extracting(CostEvent::kind)
                .containsExactly(CostKind.EDITOR_LLM_INPUT_TOKENS, CostKind.EDITOR_LLM_OUTPUT_TOKENS);
        assertThat(observed).allSatisfy(e -> assertThat(e.conversationId()).isNull());
    }

    @Test
    void with_the_days_budget_spent_the_call_is_not_made_and_nothing_is_charged() {
        EditorLlmSpending spending = spending(1_000);
        ledger.record(new CostEvent(
                dev.penny.core.conversation.ConversationId.random(), CostKind.LLM_OUTPUT_TOKENS, 1_000, 950));
        AtomicInteger calls = new AtomicInteger();

        assertThatThrownBy(() -> spending.spend("Refund", OptionalLong.of(400), () -> {
                    calls.incrementAndGet();
                    return new EditorLlmSpending.Billed<>("never", 1, 1);
                }))
                .isInstanceOf(LlmBudgetExhaustedException.class)
                .hasMessageStartingWith("daily LLM budget spent");
        assertThat(calls).hasValue(0);
        assertThat(ledger.dailyTotals(TODAY).units(CostKind.EDITOR_LLM_INPUT_TOKENS))
                .isZero();
    }

    @Test
    void the_hold_covers_the_longest_answer_allowed_and_a_failed_call_releases_it() {
        EditorLlmSpending spending = spending(10_000_000);
        long hold = spending.reservation("x".repeat(400), OptionalLong.of(400));
        // 800 tokens of instructions and 100 of text at $0.15, 400 answer tokens at $0.60
        assertThat(hold).isEqualTo(135 + 240);
        EditorLlmSpending tight = spending(hold);

        assertThatThrownBy(() -> tight.spend("x".repeat(400), OptionalLong.of(400), () -> {
                    assertThat(ledger.reserveDailyLlm(new LlmBudget(Long.MAX_VALUE, hold), 1)
                                    .granted())
                            .isFalse();
                    throw new IllegalStateException("the LLM answered HTTP 500");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(ledger.dailyTotals(TODAY)).isEqualTo(CostTotals.NONE);
        assertThat(ledger.reserveDailyLlm(new LlmBudget(Long.MAX_VALUE, hold), hold)
                        .granted())
                .isTrue();
    }

    @Test
    void a_cost_outside_conversations_has_no_conversation_and_a_conversations_cost_has_one() {
        assertThatThrownBy(() -> new CostEvent(null, CostKind.LLM_INPUT_TOKENS, 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CostEvent(
                        dev.penny.core.conversation.ConversationId.random(), CostKind.EDITOR_LLM_INPUT_TOKENS, 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
