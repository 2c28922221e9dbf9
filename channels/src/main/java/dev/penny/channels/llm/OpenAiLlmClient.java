package dev.penny.channels.llm;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.output.TokenUsage;
import dev.penny.core.llm.GroundedQuestion;
import dev.penny.core.llm.LlmAnswer;
import dev.penny.core.llm.LlmClient;
import dev.penny.core.llm.LlmException;
import java.time.Duration;
import java.util.Objects;

/**
 * {@link LlmClient} on an OpenAI-compatible chat-completions endpoint (OpenAI, or a local server such as Ollama or
 * llama.cpp), through langchain4j's {@link OpenAiChatModel}. The prompt is {@link GroundedPrompt}'s.
 */
final class OpenAiLlmClient implements LlmClient {

    private final ChatModel model;

    OpenAiLlmClient(ChatModel model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    /**
     * A client for the endpoint at {@code baseUrl} (e.g. {@code https://api.openai.com/v1}). It does not retry: a
     * visitor is waiting, so a call takes at most about {@code timeout} and a failure goes to a person instead.
     *
     * @param apiKey sent as a bearer token; null or blank sends none, for local servers that need none
     */
    static OpenAiLlmClient connect(String baseUrl, String apiKey, String modelName, Duration timeout) {
        return new OpenAiLlmClient(OpenAiChatModel.builder()
                .baseUrl(baseUrl)
                .apiKey(apiKey == null || apiKey.isBlank() ? null : apiKey.strip())
                .modelName(modelName)
                .timeout(timeout)
                .maxRetries(0)
                .build());
    }

    @Override
    public LlmAnswer answer(GroundedQuestion question) throws LlmException {
        ChatResponse response;
        try {
            response = model.chat(GroundedPrompt.request(question));
        } catch (RuntimeException e) {
            throw LlmFailures.classify(e);
        }
        TokenUsage usage = response.tokenUsage();
        long input = usage == null ? 0 : count(usage.inputTokenCount());
        long output = usage == null ? 0 : count(usage.outputTokenCount());
        String text = response.aiMessage() == null ? null : response.aiMessage().text();
        return GroundedPrompt.answers(text)
                ? LlmAnswer.covered(text.strip(), input, output)
                : LlmAnswer.notCovered(input, output);
    }

    private static long count(Integer tokens) {
        return tokens == null ? 0 : Math.max(0, tokens);
    }
}
