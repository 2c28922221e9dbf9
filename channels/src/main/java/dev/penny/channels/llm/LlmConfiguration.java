package dev.penny.channels.llm;

import dev.penny.core.llm.LlmClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The LLM client, when {@code penny.llm.base-url} is set: {@code penny.llm.model} (default {@code gpt-4o-mini}),
 * {@code penny.llm.api-key} (may be empty for local servers), {@code penny.llm.timeout} (default 10s) and {@code
 * penny.llm.max-output-tokens} (default 400), the answer length cap sent with every call.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${penny.llm.base-url:}'.isBlank()")
class LlmConfiguration {

    @Bean
    LlmClient openAiLlmClient(
            @Value("${penny.llm.base-url}") String baseUrl,
            @Value("${penny.llm.model:gpt-4o-mini}") String model,
            @Value("${penny.llm.api-key:}") String apiKey,
            @Value("${penny.llm.timeout:10s}") String timeout,
            @Value("${penny.llm.max-output-tokens:" + OpenAiLlmClient.DEFAULT_MAX_OUTPUT_TOKENS + "}")
                    int maxOutputTokens) {
        return OpenAiLlmClient.connect(
                baseUrl.strip(), apiKey, model.strip(), DurationStyle.detectAndParse(timeout), maxOutputTokens);
    }
}
