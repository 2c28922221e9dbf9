package dev.penny.channels.editor;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * The editor's pages and assets are for signed-in catalog owners (role {@code EDITOR}): others are sent to the login
 * form, which the main security chain serves. A chain of its own, ahead of the main one, as the console has, so the
 * editor's rules and its strict content policy stay in one place.
 */
@Configuration(proxyBeanMethods = false)
class EditorSecurity {

    // The editor loads only its own scripts and style sheet and talks only to its own origin (the catalog API).
    static final String CONTENT_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
            + " connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 11)
    SecurityFilterChain editorSecurityChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/editor", "/editor/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole("EDITOR"))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_POLICY)));
        return http.build();
    }
}
