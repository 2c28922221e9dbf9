package dev.penny.channels.e2e;

import dev.penny.channels.llm.LocalLlm;
import dev.penny.channels.llm.LocalOpenAiServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Penny on a catalog with an intent that says what the bot can help with, an LLM in the test, and a catalog owner:
 * the setting of {@code penny.policy.out-of-scope-intent} decides whether a question outside the catalog costs an LLM
 * call.
 */
@TestPropertySource(
        properties = {
            "penny.catalog=classpath:catalog/scope-bank.yml",
            "penny.llm.api-key=test-key",
            "penny.agents[2].username=" + CatalogEditor.USER,
            "penny.agents[2].password-hash=" + CatalogEditor.HASH,
            "penny.agents[2].roles=EDITOR",
        })
@LocalLlm
abstract class OutOfScopeQuestions extends RunningPenny {

    static final String SCOPE = "what_can_you_help_with";
    static final String WEATHER = "What's the weather going to be like tomorrow in Lisbon?";

    @Autowired
    LocalOpenAiServer llm;

    /** What the editor's try-it says the live version does with {@code text}. */
    JsonNode tried(String text) {
        CatalogEditor editor = new CatalogEditor(port, CatalogEditor.USER, CatalogEditor.PASSWORD);
        return editor.post("/try", java.util.Map.of("text", text, "against", "live"))
                .body();
    }

    JsonNode botTurn(Visitor visitor, int index) {
        return get("/api/conversations/" + visitor.conversationId + "/transcript")
                .body()
                .path("turns")
                .get(index);
    }
}
