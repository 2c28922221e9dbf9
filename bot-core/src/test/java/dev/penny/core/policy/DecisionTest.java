package dev.penny.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.penny.core.understanding.IntentScore;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionTest {

    private final List<IntentScore> scores = List.of(new IntentScore("card_payment", 0.5));

    @Test
    void escalating_keeps_both_reasons_and_the_scores() {
        Decision llm = new Decision(Route.LLM, "unsure: best card_payment 0.50 < 0.60", scores, List.of());

        Decision human = llm.escalatedToHuman("the LLM failed (TIMEOUT: 10s)");

        assertThat(human.route()).isEqualTo(Route.HUMAN);
        assertThat(human.reason())
                .isEqualTo(
                        "unsure: best card_payment 0.50 < 0.60; the LLM failed (TIMEOUT: 10s), so handing off to a person");
        assertThat(human.scores()).isEqualTo(scores);
    }

    @Test
    void needs_a_reason() {
        assertThatThrownBy(() -> Decision.human(" ", scores)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_faq_decision_names_exactly_one_intent_and_a_choice_at_least_two() {
        assertThatThrownBy(() -> new Decision(Route.FAQ, "r", scores, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Decision(Route.CHOICE, "r", scores, List.of("a")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Decision(Route.HUMAN, "r", scores, List.of("a")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
