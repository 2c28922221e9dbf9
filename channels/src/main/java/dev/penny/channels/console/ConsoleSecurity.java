package dev.penny.channels.console;

import dev.penny.channels.security.SignedInPages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** The console's pages and assets are for signed-in agents (role {@code AGENT}). */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurity {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    SecurityFilterChain consoleSecurityChain(HttpSecurity http) throws Exception {
        return SignedInPages.chain(http, "AGENT", "/console", "/console/**");
    }
}
