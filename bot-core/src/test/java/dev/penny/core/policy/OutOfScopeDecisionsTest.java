package dev.penny.core.policy;

import static dev.penny.core.policy.EscalationPolicyTest.ranked;
import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.core.understanding.ArticlePassage;
import dev.penny.core.understanding.FaqEntry;
import dev.penny.core.understanding.FaqMatch;
import dev.penny.core.understanding.IntentPrediction;
import dev.penny.core.understanding.IntentScore;
import dev.penny.core.understanding.PassageMatch;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class OutOfScopeDecisionsTest {

    private static final String SCOPE = "what_i_can_help_with";
    private static final IntentPrediction WEATHER =
            new IntentPrediction(List.of(new IntentScore("card_arrival", 0.41), new IntentScore("top_up", 0.2)), true);
    private static final FaqMatch NEAREST =
            new FaqMatch(new FaqEntry("card_arrival", "Where is my card?", "Cards arrive in 5 days.", List.of()), 0.62);
    private static final ArticlePassage TRAVEL = new ArticlePassage(
            "travel", "Travel › Abroad", "https://help.example.com/travel#abroad", "Tell us before you travel.");

    private final PolicySettings settings =
            PolicySettings.defaults().withMinPassageScore(0.8).withOutOfScopeIntent(SCOPE);
    private final EscalationPolicy withLlm = new EscalationPolicy(settings.withLlmConfigured(true));
    private final EscalationPolicy withoutLlm = new EscalationPolicy(settings);

    @Test
    void answers_an_out_of_scope_message_with_the_out_of_scope_intent_instead_of_the_llm() {
        Decision decision = withLlm.decide(new Evidence("what's the weather", WEATHER, List.of(NEAREST), List.of()));

        assertThat(decision.route()).isEqualTo(Route.FAQ);
        assertThat(decision.intentIds()).containsExactly(SCOPE);
        assertThat(decision.reason())
                .isEqualTo("out of scope (best guess card_arrival 0.41); answering with out-of-scope intent " + SCOPE);
        assertThat(decision.scores()).extracting(IntentScore::intentId).containsExactly("card_arrival", "top_up");
    }

    @Test
    void answers_with_the_out_of_scope_intent_without_an_llm_too() {
        Decision decision = withoutLlm.decide(new Evidence("what's the weather", WEATHER, List.of(), List.of()));

        assertThat(decision.route()).isEqualTo(Route.FAQ);
        assertThat(decision.intentIds()).containsExactly(SCOPE);
    }

    @Test
    void grounds_the_llm_on_out_of_scope_messages_as_before_when_no_intent_is_set() {
        EscalationPolicy unset = new EscalationPolicy(PolicySettings.defaults().withLlmConfigured(true));

        Decision decision = unset.decide(new Evidence("what's the weather", WEATHER, List.of(NEAREST), List.of()));

        assertThat(decision.route()).isEqualTo(Route.LLM);
        assertThat(decision.reason()).doesNotContain("out-of-scope intent");
    }

    @Test
    void does_not_rank_the_faq_for_an_out_of_scope_reply() {
        AtomicBoolean ranked = new AtomicBoolean();

        Decision decision = withLlm.decide(
                "what's the weather",
                WEATHER,
                () -> {
                    ranked.set(true);
                    return List.of(NEAREST);
                },
                List::of);

        assertThat(decision.route()).isEqualTo(Route.FAQ);
        assertThat(ranked).isFalse();
    }

    @Test
    void names_a_passage_too_weak_to_outrank_the_out_of_scope_intent() {
        Decision decision = withLlm.decide(evidence(0.79));

        assertThat(decision.route()).isEqualTo(Route.FAQ);
        assertThat(decision.intentIds()).containsExactly(SCOPE);
        assertThat(decision.reason())
                .contains("best passage \"Travel › Abroad\"", "0.79 < 0.80", "answering with out-of-scope intent");
    }

    @Test
    void grounds_the_llm_on_a_passage_that_clears_the_excerpt_threshold() {
        Decision decision = withLlm.decide(evidence(0.85));

        assertThat(decision.route()).isEqualTo(Route.LLM);
        assertThat(decision.reason())
                .contains(
                        "out of scope (best guess card_arrival 0.41)",
                        "passage \"Travel › Abroad\"",
                        "0.85 >= 0.80 outranks out-of-scope intent " + SCOPE,
                        "grounding the LLM on passage");
    }

    @Test
    void quotes_a_passage_that_clears_the_excerpt_threshold_without_an_llm() {
        Decision decision = withoutLlm.decide(evidence(0.85));

        assertThat(decision.route()).isEqualTo(Route.ARTICLE);
        assertThat(decision.reason()).contains("outranks out-of-scope intent", "no LLM configured", "quoting passage");
        assertThat(decision.sources())
                .singleElement()
                .satisfies(s -> assertThat(s.score()).isEqualTo(0.85));
    }

    @Test
    void a_visitor_asking_for_a_person_still_gets_one() {
        Decision decision = withLlm.decide(new Evidence("can I talk to a person", WEATHER, List.of(), List.of()));

        assertThat(decision.route()).isEqualTo(Route.HUMAN);
        assertThat(EscalationPolicy.visitorAskedForPerson(decision)).isTrue();
    }

    @Test
    void in_scope_messages_are_decided_as_before() {
        Decision confident = withLlm.decide(new Evidence(
                "where is my card", ranked("card_arrival", 0.9, "top_up", 0.02), List.of(NEAREST), List.of()));
        Decision unsure = withLlm.decide(
                new Evidence("can I pay rent", ranked("card_arrival", 0.4), List.of(NEAREST), List.of()));

        assertThat(confident.intentIds()).containsExactly("card_arrival");
        assertThat(unsure.route()).isEqualTo(Route.LLM);
        assertThat(unsure.reason()).startsWith("unsure");
    }

    @Test
    void tells_an_out_of_scope_reply_from_an_faq_answer() {
        Decision reply = withLlm.decide(new Evidence("what's the weather", WEATHER, List.of(), List.of()));
        Decision answer = withLlm.decide(new Evidence(
                "where is my card", ranked("card_arrival", 0.9, "top_up", 0.02), List.of(NEAREST), List.of()));

        assertThat(EscalationPolicy.answeredOutOfScope(reply)).isTrue();
        assertThat(EscalationPolicy.answeredOutOfScope(answer)).isFalse();
        assertThat(EscalationPolicy.answeredOutOfScope(withLlm.decide(evidence(0.85))))
                .isFalse();
    }

    private static Evidence evidence(double passageScore) {
        return new Evidence(
                "can I use my card in Japan",
                WEATHER,
                List.of(NEAREST),
                List.of(new PassageMatch(TRAVEL, passageScore)));
    }
}
