package dev.penny.core.engine;

import static dev.penny.core.engine.SupportDesk.CARD_PAYMENT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.ConversationState;
import dev.penny.core.conversation.Source;
import dev.penny.core.llm.LlmAnswer;
import dev.penny.core.policy.Citation;
import dev.penny.core.policy.PolicySettings;
import dev.penny.core.policy.Route;
import dev.penny.core.understanding.ArticlePassage;
import org.junit.jupiter.api.Test;

class AnswersWithSourcesTest {

    private static final String QUESTION = "how long does a refund take";
    private static final ArticlePassage REFUNDS = new ArticlePassage(
            "returns",
            "Returns › Refunds",
            "https://help.example.com/returns#refunds",
            "## Refunds\n\nWe refund **within 5 working days** to the card you paid with. See [our policy]"
                    + "(https://help.example.com/policy) for exceptions.");
    private static final ArticlePassage SHIPPING = new ArticlePassage(
            "shipping", "Shipping", "https://help.example.com/shipping", "Returns ship free with the label.");

    private final ConversationId id = ConversationId.random();

    @Test
    void without_an_llm_quotes_an_excerpt_of_the_passage_with_a_link_and_cites_it() {
        SupportDesk desk = desk(PolicySettings.defaults().withMinPassageScore(0.7), 0.82);

        Reply reply = desk.visitorSays(id, QUESTION);

        assertThat(reply.state()).isEqualTo(ConversationState.BOT);
        assertThat(reply.botTurns()).singleElement().satisfies(turn -> {
            assertThat(turn.source()).isEqualTo(Source.ARTICLE);
            assertThat(turn.text())
                    .isEqualTo("This article covers it: [Returns › Refunds](https://help.example.com/returns#refunds)"
                            + "\n\nRefunds We refund within 5 working days to the card you paid with. See our policy"
                            + " for exceptions.");
            assertThat(turn.decision().route()).isEqualTo(Route.ARTICLE);
            assertThat(turn.decision().reason()).contains("Returns › Refunds");
            assertThat(turn.decision().sources())
                    .extracting(Citation::number, Citation::url)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(1, REFUNDS.url()));
        });
        assertThat(desk.llm.questions()).isEmpty();
    }

    @Test
    void without_an_llm_hands_off_when_the_passage_is_below_its_threshold() {
        SupportDesk desk = desk(PolicySettings.defaults().withMinPassageScore(0.9), 0.82);

        Reply reply = desk.visitorSays(id, QUESTION);

        assertThat(reply.state()).isEqualTo(ConversationState.WAITING_FOR_AGENT);
        assertThat(reply.botTurns().get(0).decision().reason()).contains("best passage \"Returns › Refunds\"");
    }

    @Test
    void an_llm_answer_keeps_the_citations_it_uses_renumbered_and_loses_links_its_sources_lack() {
        SupportDesk desk = desk(PolicySettings.defaults().withLlmConfigured(true), 0.82);
        desk.llm.answers(LlmAnswer.covered(
                "Return labels are free [2]. Refunds take 5 days [1, 7], see [the policy](https://help.example.com/policy)"
                        + " or [our partner](https://evil.example/phish) and https://evil.example/x.",
                500,
                60));

        Reply reply = desk.visitorSays(id, QUESTION);

        assertThat(reply.botTurns()).singleElement().satisfies(turn -> {
            assertThat(turn.source()).isEqualTo(Source.LLM);
            assertThat(turn.text())
                    .isEqualTo("Return labels are free [1]. Refunds take 5 days [2], see [the policy]"
                            + "(https://help.example.com/policy) or our partner and.");
            assertThat(turn.decision().sources())
                    .extracting(Citation::number, Citation::title)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(1, "Shipping"),
                            org.assertj.core.groups.Tuple.tuple(2, "Returns › Refunds"));
        });
        assertThat(desk.llm.questions()).singleElement().satisfies(question -> {
            assertThat(question.passages())
                    .extracting(m -> m.passage().articleId())
                    .containsExactly("returns", "shipping");
            assertThat(question.faq()).extracting(m -> m.entry().intentId()).containsExactly("card_payment");
        });
    }

    @Test
    void an_llm_answer_without_articles_is_grounded_on_faq_entries_as_before_and_loses_made_up_links() {
        SupportDesk desk = new SupportDesk(PolicySettings.defaults().withLlmConfigured(true));
        desk.classifier.knows(QUESTION, "card_payment", 0.3);
        desk.retriever.matches(CARD_PAYMENT, 0.8);
        desk.llm.answers(LlmAnswer.covered("Yes [1]. Details: [here](https://made.up/pay).", 300, 40));

        Reply reply = desk.visitorSays(id, QUESTION);

        assertThat(reply.botTurns().get(0).text()).isEqualTo("Yes. Details: here.");
        assertThat(reply.botTurns().get(0).decision().sources()).isEmpty();
    }

    private static SupportDesk desk(PolicySettings policy, double refundScore) {
        SupportDesk desk = new SupportDesk(policy);
        desk.classifier.knows(QUESTION, "card_payment", 0.3);
        desk.retriever.matches(CARD_PAYMENT, 0.6).passage(REFUNDS, refundScore).passage(SHIPPING, 0.7);
        return desk;
    }
}
