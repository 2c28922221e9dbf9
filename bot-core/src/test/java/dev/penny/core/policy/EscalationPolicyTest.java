package dev.penny.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.core.understanding.FaqEntry;
import dev.penny.core.understanding.FaqMatch;
import dev.penny.core.understanding.IntentPrediction;
import dev.penny.core.understanding.IntentScore;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EscalationPolicyTest {

    private static final FaqMatch STRONG_MATCH = match(0.8);

    private final EscalationPolicy withLlm =
            new EscalationPolicy(PolicySettings.defaults().withLlmConfigured(true));
    private final EscalationPolicy withoutLlm = new EscalationPolicy(PolicySettings.defaults());

    @Test
    void answers_from_faq_when_confident() {
        Decision decision =
                withLlm.decide(evidence("when does my card come", ranked("card_arrival", 0.91, "lost_card", 0.04)));

        assertThat(decision.route()).isEqualTo(Route.FAQ);
        assertThat(decision.intentIds()).containsExactly("card_arrival");
        assertThat(decision.reason()).contains("confident", "card_arrival 0.91", "0.60");
    }

    @Test
    void offers_choice_when_top_two_are_close() {
        Decision decision =
                withLlm.decide(evidence("card", ranked("card_arrival", 0.45, "card_delivery", 0.40, "lost_card", 0.1)));

        assertThat(decision.route()).isEqualTo(Route.CHOICE);
        assertThat(decision.intentIds()).containsExactly("card_arrival", "card_delivery");
        assertThat(decision.reason()).contains("card_arrival 0.45 vs card_delivery 0.40");
    }

    @Test
    void offers_at_most_the_configured_number_of_choices() {
        Decision decision = withLlm.decide(evidence("card", ranked("a", 0.25, "b", 0.24, "c", 0.23, "d", 0.22)));

        assertThat(decision.route()).isEqualTo(Route.CHOICE);
        assertThat(decision.intentIds()).containsExactly("a", "b", "c");
    }

    @Test
    void offers_no_choice_between_intents_that_are_close_but_unlikely() {
        Decision decision = withLlm.decide(evidence("hmm", ranked("a", 0.2, "b", 0.18, "c", 0.02)));

        assertThat(decision.route()).isEqualTo(Route.LLM);
        assertThat(decision.reason()).contains("together 0.38 < 0.60");
    }

    @Test
    void escalates_to_llm_when_unsure() {
        Decision decision =
                withLlm.decide(evidence("can I pay my rent with it", ranked("card_payment", 0.5, "top_up", 0.2)));

        assertThat(decision.route()).isEqualTo(Route.LLM);
        assertThat(decision.intentIds()).isEmpty();
        assertThat(decision.reason()).contains("unsure", "card_payment 0.50", "grounding the LLM", "0.80");
    }

    @Test
    void asks_the_llm_about_out_of_scope_messages_even_when_an_intent_scores_high() {
        IntentPrediction outOfScope = new IntentPrediction(List.of(new IntentScore("card_arrival", 0.9)), true);

        Decision decision = withLlm.decide(new Evidence("what's the weather", outOfScope, List.of(STRONG_MATCH)));

        assertThat(decision.route()).isEqualTo(Route.LLM);
        assertThat(decision.reason()).contains("out of scope");
    }

    @Test
    void hands_off_when_unsure_and_no_llm_is_configured() {
        Decision decision = withoutLlm.decide(evidence("rent?", ranked("card_payment", 0.5)));

        assertThat(decision.route()).isEqualTo(Route.HUMAN);
        assertThat(decision.reason()).contains("no LLM configured");
    }

    @Test
    void hands_off_when_the_best_faq_match_is_too_weak_to_ground_an_llm() {
        Decision decision = withLlm.decide(new Evidence("rent?", ranked("card_payment", 0.5), List.of(match(0.3))));

        assertThat(decision.route()).isEqualTo(Route.HUMAN);
        assertThat(decision.reason()).contains("0.30 < 0.50");
    }

    @Test
    void hands_off_when_nothing_in_the_faq_matches() {
        Decision decision = withLlm.decide(new Evidence("rent?", ranked("card_payment", 0.5), List.of()));

        assertThat(decision.route()).isEqualTo(Route.HUMAN);
        assertThat(decision.reason()).contains("no FAQ entry");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "I want a human",
                "can I talk to someone please",
                "REAL PERSON",
                "let me speak to an agent",
                "talk to\nsomeone"
            })
    void visitor_asking_for_human_gets_one(String text) {
        Decision decision = withLlm.decide(evidence(text, ranked("card_arrival", 0.99)));

        assertThat(decision.route()).isEqualTo(Route.HUMAN);
        assertThat(decision.reason()).contains("asked for a person");
    }

    @Test
    void tells_handoffs_the_visitor_asked_for_from_those_the_bot_could_not_avoid() {
        Decision asked = withLlm.decide(evidence("I want a human", ranked("card_arrival", 0.99)));
        Decision classified =
                withLlm.decide(evidence("get me out of this bot", ranked("talk_to_human", 0.7, "x", 0.1)));
        Decision picked = withLlm.picked("talk_to_human", "Talk to a person", ranked("card_arrival", 0.3));
        Decision unsure = withoutLlm.decide(evidence("can I pay rent", ranked("card_payment", 0.3)));
        Decision escalated = withLlm.decide(evidence("can I pay rent", ranked("card_payment", 0.3)))
                .escalatedToHuman("the LLM failed");

        assertThat(List.of(asked, classified, picked)).allMatch(EscalationPolicy::visitorAskedForPerson);
        assertThat(List.of(unsure, escalated)).noneMatch(EscalationPolicy::visitorAskedForPerson);
        assertThat(EscalationPolicy.visitorAskedForPerson(
                        withLlm.decide(evidence("when does my card come", ranked("card_arrival", 0.91)))))
                .isFalse();
    }

    @Test
    void a_handoff_phrase_must_be_whole_words() {
        Decision decision = withLlm.decide(evidence("my travel agency booked it", ranked("card_arrival", 0.95)));

        assertThat(decision.route()).isEqualTo(Route.FAQ);
    }

    @Test
    void visitor_classified_as_asking_for_a_person_gets_one() {
        Decision decision = withLlm.decide(evidence("get me out of this bot", ranked("talk_to_human", 0.7, "x", 0.1)));

        assertThat(decision.route()).isEqualTo(Route.HUMAN);
        assertThat(decision.reason()).contains("talk_to_human 0.70");
    }

    @Test
    void a_visitor_picking_an_offered_intent_gets_its_faq_answer() {
        Decision decision = withLlm.picked("card_arrival", "Card arrival", ranked("card_arrival", 0.3));

        assertThat(decision.route()).isEqualTo(Route.FAQ);
        assertThat(decision.intentIds()).containsExactly("card_arrival");
        assertThat(decision.reason()).contains("picked \"Card arrival\"");
    }

    @Test
    void a_visitor_picking_the_handoff_intent_gets_a_person() {
        Decision decision = withLlm.picked("talk_to_human", "Talk to a person", ranked("card_arrival", 0.3));

        assertThat(decision.route()).isEqualTo(Route.HUMAN);
    }

    @Test
    void every_decision_keeps_the_best_five_scores() {
        Decision decision =
                withoutLlm.decide(evidence("x", ranked("a", 0.3, "b", 0.2, "c", 0.15, "d", 0.1, "e", 0.1, "f", 0.05)));

        assertThat(decision.scores()).extracting(IntentScore::intentId).containsExactly("a", "b", "c", "d", "e");
    }

    @Test
    void an_empty_catalog_goes_to_the_llm_or_a_person() {
        Decision decision = withoutLlm.decide(evidence("hi", new IntentPrediction(List.of(), false)));

        assertThat(decision.route()).isEqualTo(Route.HUMAN);
        assertThat(decision.reason()).contains("classifier knows no intents");
    }

    private static Evidence evidence(String text, IntentPrediction prediction) {
        return new Evidence(text, prediction, List.of(STRONG_MATCH));
    }

    static IntentPrediction ranked(Object... idsAndConfidences) {
        List<IntentScore> scores = new java.util.ArrayList<>();
        for (int i = 0; i < idsAndConfidences.length; i += 2) {
            scores.add(new IntentScore((String) idsAndConfidences[i], (Double) idsAndConfidences[i + 1]));
        }
        return new IntentPrediction(scores, false);
    }

    private static FaqMatch match(double score) {
        return new FaqMatch(
                new FaqEntry("card_payment", "Paying with your card", "You can pay anywhere…", List.of()), score);
    }
}
