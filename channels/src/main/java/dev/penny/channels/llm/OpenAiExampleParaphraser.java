package dev.penny.channels.llm;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.penny.intents.catalog.Intent;
import dev.penny.intents.editing.ExampleParaphraser;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;

/**
 * {@link ExampleParaphraser} on the configured OpenAI-compatible endpoint, through langchain4j's {@link
 * OpenAiChatModel}: one call asks for paraphrases of the intent's examples, one per line, in their language, with the
 * same answer length cap as every other call ({@code penny.llm.max-output-tokens}), and reports the tokens the server
 * billed so the call is charged to the editor's spending.
 */
final class OpenAiExampleParaphraser implements ExampleParaphraser {

    static final String INSTRUCTIONS = """
            You help the owner of a customer-support FAQ bot. Given the example questions of one FAQ intent, write new,
            varied ways a customer might ask the same thing: other words, other lengths, informal and formal, typos a
            customer might make. Keep the meaning exactly; do not ask about anything else. Write in the language of the
            examples. Reply with the questions only, one per line, without numbering or commentary.""";

    private final ChatModel model;
    private final OutputCap cap;

    OpenAiExampleParaphraser(ChatModel model, OutputCap cap) {
        this.model = model;
        this.cap = cap;
    }

    /** A paraphraser sending {@code cap} as {@link OpenAiLlmClient} sends it. */
    static OpenAiExampleParaphraser connect(
            String baseUrl, String apiKey, String modelName, Duration timeout, OutputCap cap) {
        return new OpenAiExampleParaphraser(OpenAiChatModels.connect(baseUrl, apiKey, modelName, timeout, cap), cap);
    }

    @Override
    public OptionalLong maxOutputTokens() {
        return OptionalLong.of(cap.tokens());
    }

    @Override
    public Paraphrases paraphrase(Intent intent, int count) {
        StringBuilder user =
                new StringBuilder("Intent: ").append(intent.title()).append("\nExamples:\n");
        intent.examples().forEach(e -> user.append("- ").append(e).append('\n'));
        user.append("\nWrite ").append(count).append(" new ways to ask this.");
        ChatResponse response;
        try {
            response = model.chat(ChatRequest.builder()
                    .messages(SystemMessage.from(INSTRUCTIONS), UserMessage.from(user.toString()))
                    .build());
        } catch (RuntimeException e) {
            throw new IllegalStateException(LlmFailures.classify(e).getMessage(), e);
        }
        String text = response.aiMessage() == null ? null : response.aiMessage().text();
        long output = OpenAiChatModels.outputTokens(response);
        cap.observed(output);
        return new Paraphrases(
                text == null ? List.of() : Arrays.asList(text.split("\\R")),
                OpenAiChatModels.inputTokens(response),
                output);
    }
}
