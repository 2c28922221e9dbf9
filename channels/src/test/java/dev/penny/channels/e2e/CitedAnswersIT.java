package dev.penny.channels.e2e;

import static dev.penny.channels.testing.HelpCenter.JOINT_ACCOUNT_QUESTION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.channels.catalog.ServedCatalog;
import dev.penny.channels.llm.LocalLlm;
import dev.penny.channels.llm.LocalOpenAiServer;
import dev.penny.channels.testing.HelpCenter;
import dev.penny.intents.versions.CatalogStore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * An LLM answer grounded on FAQ entries and help-center passages, through the real langchain4j client and an
 * OpenAI-compatible server in the test: the passages it cites come with the reply as data, numbered as the text
 * cites them, and links the grounding does not hold are taken out, on the socket and on the HTTP message API.
 */
@TestPropertySource(
        properties = {
            "penny.publishing.check-every=200ms",
            "penny.llm.timeout=5s",
            "penny.api.tokens=bridge-token",
        })
@LocalLlm
class CitedAnswersIT extends RunningPenny {

    @Autowired
    LocalOpenAiServer llm;

    /** Cites the second passage it was given, a number it was not given, and two links nobody gave it. */
    static final String MODEL_ANSWER = "Yes, you can open one together once you both have verified accounts [2]."
            + " See [our partner's offer](https://partner.example/joint) or https://evil.example/login [7].";

    @Autowired
    CatalogStore store;

    @Autowired
    ServedCatalog served;

    @BeforeEach
    void publishTheHelpCenter() {
        HelpCenter.publishOnce(store, served);
    }

    @Test
    void the_answer_cites_its_passages_as_data_and_loses_links_its_sources_do_not_hold() {
        llm.enqueue(LocalOpenAiServer.Reply.answer(MODEL_ANSWER, 900, 60));
        try (Visitor visitor = visitor()) {
            JsonNode payload = visitor.ask(JOINT_ACCOUNT_QUESTION).path("payload");

            String prompt = llm.requests().get(llm.requests().size() - 1).body();
            String second = passageTitle(prompt, 2);
            assertThat(payload.path("route").asString()).isEqualTo("llm");
            assertThat(payload.path("text").asString())
                    .isEqualTo("Yes, you can open one together once you both have verified accounts [1]."
                            + " See our partner's offer or.");
            assertThat(payload.path("sources")).hasSize(1);
            JsonNode source = payload.path("sources").get(0);
            assertThat(source.path("number").asInt()).isEqualTo(1);
            assertThat(source.path("title").asString()).isEqualTo(second);
            assertThat(source.path("url").asString()).startsWith("https://help.example.com/");
            assertThat(prompt)
                    .contains(
                            "using ONLY the FAQ entries and article passages below",
                            "Article passages: cite each one you use",
                            "You can open a joint account");

            JsonNode bot = get("/api/conversations/" + visitor.conversationId + "/transcript")
                    .body()
                    .path("turns")
                    .get(1);
            assertThat(bot.path("reason").asString()).contains("grounding the LLM on");
            assertThat(bot.path("sources").get(0).path("title").asString()).isEqualTo(second);
            assertThat(bot.path("sources").get(0).path("score").asDouble()).isPositive();
        }
    }

    @Test
    void the_http_message_api_reply_carries_the_sources_too() {
        llm.enqueue(LocalOpenAiServer.Reply.answer("Both owners must be verified first [1].", 900, 30));
        ApiBridge api = new ApiBridge(port, "bridge-token");
        JsonNode started = api.postOk("/api/v1/conversations", "{\"channel\":\"slack\"}");
        String id = started.path("conversationId").asString();

        JsonNode reply = api.postOk(ApiBridge.messages(id), ApiBridge.message("m-1", JOINT_ACCOUNT_QUESTION))
                .path("replies")
                .get(0);

        String first =
                passageTitle(llm.requests().get(llm.requests().size() - 1).body(), 1);
        assertThat(reply.path("route").asString()).isEqualTo("llm");
        assertThat(reply.path("text").asString()).isEqualTo("Both owners must be verified first [1].");
        assertThat(reply.path("sources").get(0).path("number").asInt()).isEqualTo(1);
        assertThat(reply.path("sources").get(0).path("title").asString()).isEqualTo(first);
        assertThat(reply.path("sources").get(0).path("url").asString()).startsWith("https://help.example.com/");
    }

    @Test
    void an_faq_answer_carries_no_sources() {
        try (Visitor visitor = visitor()) {
            JsonNode payload = visitor.ask("How do I change my PIN?").path("payload");

            assertThat(payload.path("route").asString()).isEqualTo("faq");
            assertThat(payload.has("sources")).isFalse();
        }
    }

    /** The title the prompt gave passage {@code number}. */
    static String passageTitle(String requestJson, int number) {
        String system = SocketClient.JSON
                .readTree(requestJson)
                .path("messages")
                .get(0)
                .path("content")
                .asString();
        Matcher m = Pattern.compile("(?m)^\\[" + number + "\\] (.+)$").matcher(system);
        assertThat(m.find())
                .as("passage [%d] in the prompt:%n%s", number, system)
                .isTrue();
        return m.group(1);
    }
}
