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
     * @param maxOutputTokens sent with every call as {@code max_completion_tokens} (OpenAI's name since the deprecated
     *     {@code max_tokens}, the one reasoning models accept), so one call cannot cost more than was reserved for it
     */
    static ChatModel connect(String baseUrl, String apiKey, String modelName, Duration timeout, int maxOutputTokens) {
        return OpenAiChatModel.builder()
                .baseUrl(baseUrl)
                .apiKey(apiKey == null || apiKey.isBlank() ? null : apiKey.strip())
                .modelName(modelName)
                .timeout(timeout)
                .maxRetries(0)
                .maxCompletionTokens(checked(maxOutputTokens))
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

    /** The output cap, refused below one token. */
    static int checked(int maxOutputTokens) {
        if (maxOutputTokens < 1) {
            throw new IllegalArgumentException("penny.llm.max-output-tokens must be at least 1");
        }
        return maxOutputTokens;
    }
}
