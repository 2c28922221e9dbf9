package dev.penny.channels.editor;

import dev.penny.channels.security.SignedInPages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** The editor's pages and assets are for signed-in catalog owners (role {@code EDITOR}). */
@Configuration(proxyBeanMethods = false)
class EditorSecurity {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 11)
    SecurityFilterChain editorSecurityChain(HttpSecurity http) throws Exception {
        return SignedInPages.chain(http, "EDITOR", "/editor", "/editor/**");
    }
}
