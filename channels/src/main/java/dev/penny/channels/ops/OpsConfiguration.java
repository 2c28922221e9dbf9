package dev.penny.channels.ops;

import dev.penny.channels.catalog.ServedCatalog;
import dev.penny.core.handoff.HumanHandoff;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Health indicators and metrics. Redis health comes from Spring Boot once the Redis configuration is active. */
@Configuration(proxyBeanMethods = false)
class OpsConfiguration {

    @Bean
    PennyMetrics pennyMetrics(MeterRegistry registry, HumanHandoff handoff) {
        return new PennyMetrics(registry, handoff);
    }

    @Bean("modelHealthIndicator")
    ModelHealthIndicator modelHealthIndicator(ServedCatalog served) {
        return new ModelHealthIndicator(served);
    }

    @Bean("llmHealthIndicator")
    @ConditionalOnExpression("!'${penny.llm.base-url:}'.isBlank()")
    LlmHealthIndicator llmHealthIndicator(
            @Value("${penny.llm.base-url}") String baseUrl, @Value("${penny.llm.model:}") String model) {
        return new LlmHealthIndicator(baseUrl, model);
    }
}
