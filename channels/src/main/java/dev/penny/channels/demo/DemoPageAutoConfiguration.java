package dev.penny.channels.demo;

import dev.penny.channels.config.PennyProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

/** The demo bank's page at {@code /}, only when {@code penny.demo} is true. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBooleanProperty("penny.demo")
public class DemoPageAutoConfiguration {

    @Bean
    RouterFunction<ServerResponse> pennyDemoPage(PennyProperties properties) {
        return new DemoPage(properties.agents()).route();
    }
}
