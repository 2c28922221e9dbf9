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

/**
 * {@link ExampleParaphraser} on the configured OpenAI-compatible endpoint, through langchain4j's {@link
 * OpenAiChatModel}: one call asks for paraphrases of the intent's examples, one per line, in their language.
 */
final class OpenAiExampleParaphraser implements ExampleParaphraser {

    static final String INSTRUCTIONS = """
            You help the owner of a customer-support FAQ bot. Given the example questions of one FAQ intent, write new,
            varied ways a customer might ask the same thing: other words, other lengths, informal and formal, typos a
            customer might make. Keep the meaning exactly; do not ask about anything else. Write in the language of the
            examples. Reply with the questions only, one per line, without numbering or commentary.""";

    private final ChatModel model;

    OpenAiExampleParaphraser(ChatModel model) {
        this.model = model;
    }

    static OpenAiExampleParaphraser connect(String baseUrl, String apiKey, String modelName, Duration timeout) {
        return new OpenAiExampleParaphraser(OpenAiChatModel.builder()
                .baseUrl(baseUrl)
                .apiKey(apiKey == null || apiKey.isBlank() ? null : apiKey.strip())
                .modelName(modelName)
                .timeout(timeout)
                .maxRetries(0)
                .maxCompletionTokens(600)
                .build());
    }

    @Override
    public List<String> paraphrase(Intent intent, int count) {
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
        return text == null ? List.of() : Arrays.asList(text.split("\\R"));
    }
}
