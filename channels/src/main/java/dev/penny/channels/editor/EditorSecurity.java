package dev.penny.channels.editor;

import dev.penny.channels.security.SignedInPages;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** The editor's pages and assets are for signed-in catalog owners (role {@code EDITOR}). */
@AutoConfiguration(
        beforeName = {
            "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration"
        })
public class EditorSecurity {

    @Bean
    @ConditionalOnMissingBean(name = "editorSecurityChain")
    @Order(Ordered.HIGHEST_PRECEDENCE + 11)
    SecurityFilterChain editorSecurityChain(HttpSecurity http) throws Exception {
        return SignedInPages.chain(http, "EDITOR", "/editor", "/editor/**");
    }
}
