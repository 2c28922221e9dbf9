package dev.penny.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PolicySettingsTest {

    @Test
    void refuses_thresholds_outside_zero_to_one() {
        assertThatThrownBy(() -> new PolicySettings(1.2, 0.1, 0.5, false, "", List.of(), 2, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("minAnswerConfidence");
    }

    @Test
    void without_handoff_phrases_or_intent_only_the_thresholds_decide() {
        PolicySettings quiet = new PolicySettings(0.6, 0.15, 0.5, false, null, null, 2, 3);
        EscalationPolicy policy = new EscalationPolicy(quiet);

        Decision decision =
                policy.decide(new Evidence("human", EscalationPolicyTest.ranked("talk_to_human", 0.9), List.of()));

        assertThat(decision.route()).isEqualTo(Route.FAQ);
    }

    @Test
    void has_no_out_of_scope_intent_unless_one_is_named() {
        PolicySettings settings = PolicySettings.defaults();

        assertThat(settings.hasOutOfScopeIntent()).isFalse();
        assertThat(settings.withOutOfScopeIntent("  ").hasOutOfScopeIntent()).isFalse();
        assertThat(settings.withOutOfScopeIntent(" scope ").outOfScopeIntentId())
                .isEqualTo("scope");
        assertThat(settings.withOutOfScopeIntent("scope")
                        .withLlmConfigured(true)
                        .withMinPassageScore(0.5, "x"))
                .extracting(PolicySettings::outOfScopeIntentId)
                .isEqualTo("scope");
    }
}
