package dev.penny.channels.ops;

import dev.penny.channels.catalog.ServedCatalog;
import dev.penny.channels.config.PennyProperties;
import dev.penny.core.handoff.HumanHandoff;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** Health indicators and metrics. Redis health comes from Spring Boot once the Redis configuration is active. */
@AutoConfiguration
@EnableConfigurationProperties(PennyProperties.class)
public class OpsConfiguration {

    @Bean
    @ConditionalOnMissingBean
    PennyMetrics pennyMetrics(MeterRegistry registry, HumanHandoff handoff) {
        return new PennyMetrics(registry, handoff);
    }

    @Bean("modelHealthIndicator")
    @ConditionalOnMissingBean(name = "modelHealthIndicator")
    ModelHealthIndicator modelHealthIndicator(ServedCatalog served) {
        return new ModelHealthIndicator(served);
    }

    @Bean("llmHealthIndicator")
    @ConditionalOnExpression("!'${penny.llm.base-url:}'.isBlank()")
    @ConditionalOnMissingBean(name = "llmHealthIndicator")
    LlmHealthIndicator llmHealthIndicator(PennyProperties properties) {
        return new LlmHealthIndicator(
                properties.llm().baseUrl(), properties.llm().model());
    }
}
