package dev.penny.channels.config;

import java.time.Duration;

/**
 * The OpenAI-compatible LLM that answers questions the FAQ answers only loosely.
 *
 * @param baseUrl the endpoint (OpenAI, Azure OpenAI, vLLM, Ollama's /v1, …); empty: no LLM, such questions go
 *     to a person
 * @param apiKey the API key, sent as a bearer token; may be empty for local servers
 * @param model the model name the endpoint knows
 * @param timeout how long a visitor waits for the LLM before the question goes to a person instead
 * @param maxOutputTokens the longest answer, in tokens, sent with every call; the LLM budget is reserved for an
 *     answer this long before each call and settled with the real usage after
 * @param outputCapField the request field that carries max-output-tokens: max_completion_tokens (OpenAI's, and the
 *     only one its reasoning models accept; the default) or max_tokens (the older field, the one some local servers,
 *     Ollama among them, read; they ignore the other)
 */
public record LlmProperties(
        String baseUrl,
        String apiKey,
        String model,
        Duration timeout,
        Integer maxOutputTokens,
        OutputCapField outputCapField) {

    public LlmProperties {
        baseUrl = baseUrl == null ? "" : baseUrl.strip();
        apiKey = apiKey == null ? "" : apiKey;
        model = model == null || model.isBlank() ? "gpt-4o-mini" : model.strip();
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        maxOutputTokens = maxOutputTokens == null ? 400 : maxOutputTokens;
        if (maxOutputTokens < 1) {
            throw new IllegalArgumentException("penny.llm.max-output-tokens must be at least 1");
        }
        outputCapField = outputCapField == null ? OutputCapField.MAX_COMPLETION_TOKENS : outputCapField;
    }

    static LlmProperties defaults() {
        return new LlmProperties(null, null, null, null, null, null);
    }

    /** Whether an endpoint is configured. */
    public boolean configured() {
        return !baseUrl.isEmpty();
    }

    /** The chat-completion request field that carries the answer length cap. */
    public enum OutputCapField {
        MAX_COMPLETION_TOKENS("max_completion_tokens"),
        MAX_TOKENS("max_tokens");

        private final String field;

        OutputCapField(String field) {
            this.field = field;
        }

        /** The field's name in the request JSON. */
        public String field() {
            return field;
        }
    }
}
