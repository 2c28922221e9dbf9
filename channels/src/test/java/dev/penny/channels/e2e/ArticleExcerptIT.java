package dev.penny.channels.e2e;

import static dev.penny.channels.testing.HelpCenter.JOINT_ACCOUNT_QUESTION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.channels.catalog.ServedCatalog;
import dev.penny.channels.testing.HelpCenter;
import dev.penny.intents.versions.CatalogStore;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Without an LLM, a question no intent answers but a help-center article does gets an excerpt of the article with a
 * link; one no article answers well goes to a person as before. The decision's reason names the passage, and the
 * transcript and the editor's try-it show the passages.
 */
@TestPropertySource(
        properties = {
            "penny.publishing.check-every=200ms",
            "penny.policy.min-passage-score=" + ArticleExcerptIT.THRESHOLD,
            "penny.agents[2].username=" + CatalogEditor.USER,
            "penny.agents[2].password-hash=" + CatalogEditor.HASH,
            "penny.agents[2].roles=EDITOR",
        })
class ArticleExcerptIT extends RunningPenny {

    static final String THRESHOLD = "0.75";
    static final String UNCOVERED_QUESTION = "can I get a loan to buy a sailing boat";

    @Autowired
    CatalogStore store;

    @Autowired
    ServedCatalog served;

    @BeforeEach
    void publishTheHelpCenter() {
        HelpCenter.publishOnce(store, served);
    }

    @Test
    void a_question_an_article_answers_gets_an_excerpt_with_a_link_and_its_source() {
        try (Visitor visitor = visitor()) {
            JsonNode payload = visitor.ask(JOINT_ACCOUNT_QUESTION).path("payload");

            assertThat(payload.path("route").asString()).isEqualTo("article");
            assertThat(payload.path("source").asString()).isEqualTo("article");
            assertThat(payload.path("text").asString())
                    .startsWith("This article covers it: [Joint accounts › Opening a joint account]"
                            + "(https://help.example.com/accounts/joint#opening-a-joint-account)")
                    .contains("You can open a joint account with your partner");
            JsonNode source = payload.path("sources").get(0);
            assertThat(source.path("number").asInt()).isEqualTo(1);
            assertThat(source.path("title").asString()).isEqualTo("Joint accounts › Opening a joint account");
            assertThat(source.path("url").asString())
                    .isEqualTo("https://help.example.com/accounts/joint#opening-a-joint-account");
            assertThat(payload.path("sources")).hasSize(1);

            JsonNode bot = get("/api/conversations/" + visitor.conversationId + "/transcript")
                    .body()
                    .path("turns")
                    .get(1);
            assertThat(bot.path("route").asString()).isEqualTo("article");
            assertThat(bot.path("reason").asString())
                    .contains("no LLM configured; quoting passage \"Joint accounts › Opening a joint account\"")
                    .contains(">= " + THRESHOLD);
            assertThat(bot.path("sources").get(0).path("articleId").asString()).isEqualTo("joint-accounts");
            assertThat(bot.path("sources").get(0).path("score").asDouble()).isGreaterThanOrEqualTo(0.75);
        }
    }

    @Test
    void a_question_no_article_answers_well_goes_to_a_person_and_the_reason_names_the_best_passage() {
        try (Visitor visitor = visitor()) {
            JsonNode payload = visitor.ask(UNCOVERED_QUESTION).path("payload");

            assertThat(payload.path("route").asString()).isEqualTo("human");
            assertThat(payload.has("sources")).isFalse();
            JsonNode bot = get("/api/conversations/" + visitor.conversationId + "/transcript")
                    .body()
                    .path("turns")
                    .get(1);
            assertThat(bot.path("reason").asString())
                    .containsPattern("best passage \"[^\"]+\" \\(https://help"
                            + "\\.example\\.com/[^)]+\\) 0\\.\\d\\d < " + THRESHOLD.replace(".", "\\."));
            assertThat(bot.has("sources")).isFalse();
        }
    }

    @Test
    void try_it_shows_the_passages_found_and_the_one_quoted() {
        CatalogEditor editor = new CatalogEditor(port, CatalogEditor.USER, CatalogEditor.PASSWORD);

        JsonNode result = editor.post("/try", Map.of("text", JOINT_ACCOUNT_QUESTION, "against", "live"))
                .body();

        assertThat(result.path("route").asString()).isEqualTo("ARTICLE");
        assertThat(result.path("reason").asString()).contains("Joint accounts › Opening a joint account");
        assertThat(result.path("passages").get(0).path("title").asString())
                .isEqualTo("Joint accounts › Opening a joint account");
        assertThat(result.path("passages").size()).isBetween(1, 3);
        assertThat(result.path("sources").get(0).path("url").asString())
                .isEqualTo("https://help.example.com/accounts/joint#opening-a-joint-account");
    }
}
