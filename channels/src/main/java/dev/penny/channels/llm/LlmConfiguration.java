package dev.penny.channels.llm;

import dev.penny.channels.config.LlmProperties;
import dev.penny.channels.config.PennyProperties;
import dev.penny.core.llm.LlmClient;
import dev.penny.intents.editing.ExampleParaphraser;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The LLM client, when {@code penny.llm.base-url} is set: {@code penny.llm.model} (default {@code gpt-4o-mini}),
 * {@code penny.llm.api-key} (may be empty for local servers), {@code penny.llm.timeout} (default 10s) and {@code
 * penny.llm.max-output-tokens} (default 400), the answer length cap sent with every call, in {@code
 * penny.llm.output-cap-field} ({@code max_completion_tokens} by default, or {@code max_tokens}).
 */
@AutoConfiguration
@ConditionalOnExpression("!'${penny.llm.base-url:}'.isBlank()")
@EnableConfigurationProperties(PennyProperties.class)
public class LlmConfiguration {

    @Bean
    @ConditionalOnMissingBean
    LlmClient openAiLlmClient(PennyProperties properties) {
        LlmProperties llm = properties.llm();
        return OpenAiLlmClient.connect(llm.baseUrl(), llm.apiKey(), llm.model(), llm.timeout(), cap(llm));
    }

    /** The editor's suggested examples, on the same endpoint and model, with the same answer length cap. */
    @Bean
    @ConditionalOnMissingBean
    ExampleParaphraser openAiExampleParaphraser(PennyProperties properties) {
        LlmProperties llm = properties.llm();
        return OpenAiExampleParaphraser.connect(llm.baseUrl(), llm.apiKey(), llm.model(), llm.timeout(), cap(llm));
    }

    private static OutputCap cap(LlmProperties llm) {
        return new OutputCap(llm.maxOutputTokens(), llm.outputCapField());
    }
}
