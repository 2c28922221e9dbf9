package dev.penny.core.policy;

import static dev.penny.core.policy.EscalationPolicyTest.ranked;
import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.core.understanding.ArticlePassage;
import dev.penny.core.understanding.FaqEntry;
import dev.penny.core.understanding.FaqMatch;
import dev.penny.core.understanding.PassageMatch;
import java.util.List;
import org.junit.jupiter.api.Test;

class PassageDecisionsTest {

    private static final ArticlePassage REFUNDS = new ArticlePassage(
            "returns", "Returns › Refunds", "https://help.example.com/returns#refunds", "Refunds take 5 days.");
    private static final FaqMatch WEAK_FAQ = new FaqMatch(
            new FaqEntry("card_payment", "Paying with your card", "You can pay anywhere…", List.of()), 0.3);

    private final PolicySettings settings = PolicySettings.defaults().withMinPassageScore(0.7);
    private final EscalationPolicy withoutLlm = new EscalationPolicy(settings);
    private final EscalationPolicy withLlm = new EscalationPolicy(settings.withLlmConfigured(true));

    @Test
    void quotes_a_passage_that_clears_its_threshold_when_there_is_no_llm() {
        Decision decision = withoutLlm.decide(evidence(0.74));

        assertThat(decision.route()).isEqualTo(Route.ARTICLE);
        assertThat(decision.reason())
                .contains("no LLM configured", "passage \"Returns › Refunds\"", "returns#refunds", "0.74 >= 0.70");
        assertThat(decision.sources()).singleElement().satisfies(source -> {
            assertThat(source.number()).isEqualTo(1);
            assertThat(source.url()).isEqualTo("https://help.example.com/returns#refunds");
            assertThat(source.score()).isEqualTo(0.74);
        });
    }

    @Test
    void hands_off_as_before_when_the_best_passage_is_below_its_threshold_and_names_it() {
        Decision decision = withoutLlm.decide(evidence(0.69));

        assertThat(decision.route()).isEqualTo(Route.HUMAN);
        assertThat(decision.reason()).contains("best passage \"Returns › Refunds\"", "0.69 < 0.70");
        assertThat(decision.sources()).isEmpty();
    }

    @Test
    void hands_off_with_the_reason_of_old_when_the_catalog_has_no_articles() {
        Decision decision =
                withoutLlm.decide(new Evidence("rent?", ranked("card_payment", 0.5), List.of(WEAK_FAQ), List.of()));

        assertThat(decision.route()).isEqualTo(Route.HUMAN);
        assertThat(decision.reason()).endsWith("; no LLM configured");
    }

    @Test
    void grounds_the_llm_on_a_passage_that_matches_better_than_any_faq_entry() {
        Decision decision = withLlm.decide(evidence(0.66));

        assertThat(decision.route()).isEqualTo(Route.LLM);
        assertThat(decision.reason()).contains("grounding the LLM on passage \"Returns › Refunds\"", "0.66 >= 0.50");
    }

    @Test
    void hands_off_when_neither_entries_nor_passages_can_ground_the_llm() {
        Decision decision = withLlm.decide(evidence(0.4));

        assertThat(decision.route()).isEqualTo(Route.HUMAN);
        assertThat(decision.reason()).contains("best passage \"Returns › Refunds\"", "0.40 < 0.50");
    }

    @Test
    void a_visitor_asking_for_a_person_is_not_given_an_article() {
        Decision decision = withoutLlm.decide(
                new Evidence("talk to a person about refunds", ranked("card_payment", 0.5), List.of(), passages(0.95)));

        assertThat(decision.route()).isEqualTo(Route.HUMAN);
    }

    private static Evidence evidence(double passageScore) {
        return new Evidence(
                "how long do refunds take", ranked("card_payment", 0.3), List.of(WEAK_FAQ), passages(passageScore));
    }

    private static List<PassageMatch> passages(double score) {
        return List.of(new PassageMatch(REFUNDS, score));
    }
}
