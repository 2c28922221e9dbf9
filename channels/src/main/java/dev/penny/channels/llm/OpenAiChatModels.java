package dev.penny.channels.llm;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.output.TokenUsage;
import java.time.Duration;

/** The langchain4j chat model of the configured OpenAI-compatible endpoint, as every one of Penny's LLM calls uses it. */
final class OpenAiChatModels {

    private OpenAiChatModels() {}

    /**
     * A model for the endpoint at {@code baseUrl} (e.g. {@code https://api.openai.com/v1}). It does not retry: someone
     * is waiting, so a call takes at most about {@code timeout}, and a failure is reported at once.
     *
     * @param apiKey sent as a bearer token; null or blank sends none, for local servers that need none
     * @param cap sent with every call, so one call cannot cost more than was reserved for it
     */
    static ChatModel connect(String baseUrl, String apiKey, String modelName, Duration timeout, OutputCap cap) {
        return cap.sentBy(OpenAiChatModel.builder()
                        .baseUrl(baseUrl)
                        .apiKey(apiKey == null || apiKey.isBlank() ? null : apiKey.strip())
                        .modelName(modelName)
                        .timeout(timeout)
                        .maxRetries(0))
                .build();
    }

    /** Prompt tokens the server billed for a response; 0 when it reported none. */
    static long inputTokens(ChatResponse response) {
        TokenUsage usage = response.tokenUsage();
        return usage == null ? 0 : count(usage.inputTokenCount());
    }

    /** Answer tokens the server billed for a response; 0 when it reported none. */
    static long outputTokens(ChatResponse response) {
        TokenUsage usage = response.tokenUsage();
        return usage == null ? 0 : count(usage.outputTokenCount());
    }

    private static long count(Integer tokens) {
        return tokens == null ? 0 : Math.max(0, tokens);
    }
}
