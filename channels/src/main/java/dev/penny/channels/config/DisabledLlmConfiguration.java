package dev.penny.channels.config;

import dev.penny.channels.llm.LlmConfiguration;
import dev.penny.core.llm.DisabledLlmClient;
import dev.penny.core.llm.LlmClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * No LLM configured ({@code penny.llm.base-url} empty) and none of the application's: unsure questions go straight to
 * a person.
 */
@AutoConfiguration(after = LlmConfiguration.class)
public class DisabledLlmConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DisabledLlmConfiguration.class);

    @Bean
    @ConditionalOnMissingBean
    LlmClient disabledLlmClient() {
        log.info("No PENNY_LLM_BASE_URL: no LLM, questions the FAQ cannot answer go to a person");
        return new DisabledLlmClient();
    }
}
