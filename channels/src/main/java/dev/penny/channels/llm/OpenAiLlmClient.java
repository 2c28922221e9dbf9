package dev.penny.channels.llm;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.penny.channels.config.LlmProperties.OutputCapField;
import dev.penny.core.llm.GroundedQuestion;
import dev.penny.core.llm.LlmAnswer;
import dev.penny.core.llm.LlmClient;
import dev.penny.core.llm.LlmException;
import java.time.Duration;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * {@link LlmClient} on an OpenAI-compatible chat-completions endpoint (OpenAI, or a local server such as Ollama or
 * llama.cpp), through langchain4j's {@link OpenAiChatModel}. The prompt is {@link GroundedPrompt}'s.
 */
final class OpenAiLlmClient implements LlmClient {

    /** The answer length cap when none is configured: a grounded FAQ answer is a few sentences. */
    static final int DEFAULT_MAX_OUTPUT_TOKENS = 400;

    private final ChatModel model;
    private final OutputCap cap;

    OpenAiLlmClient(ChatModel model, OutputCap cap) {
        this.model = Objects.requireNonNull(model, "model");
        this.cap = cap;
    }

    static OpenAiLlmClient connect(String baseUrl, String apiKey, String modelName, Duration timeout) {
        return connect(
                baseUrl,
                apiKey,
                modelName,
                timeout,
                new OutputCap(DEFAULT_MAX_OUTPUT_TOKENS, OutputCapField.MAX_COMPLETION_TOKENS));
    }

    /**
     * A client for the endpoint at {@code baseUrl}, as {@link OpenAiChatModels#connect} makes it: no retries, since a
     * visitor is waiting and a failure goes to a person instead.
     */
    static OpenAiLlmClient connect(String baseUrl, String apiKey, String modelName, Duration timeout, OutputCap cap) {
        return new OpenAiLlmClient(OpenAiChatModels.connect(baseUrl, apiKey, modelName, timeout, cap), cap);
    }

    @Override
    public OptionalLong maxOutputTokens() {
        return OptionalLong.of(cap.tokens());
    }

    @Override
    public LlmAnswer answer(GroundedQuestion question) throws LlmException {
        ChatResponse response;
        try {
            response = model.chat(GroundedPrompt.request(question));
        } catch (RuntimeException e) {
            throw LlmFailures.classify(e);
        }
        long input = OpenAiChatModels.inputTokens(response);
        long output = OpenAiChatModels.outputTokens(response);
        cap.observed(output);
        String text = response.aiMessage() == null ? null : response.aiMessage().text();
        return GroundedPrompt.answers(text)
                ? LlmAnswer.covered(text.strip(), input, output)
                : LlmAnswer.notCovered(input, output);
    }
}
