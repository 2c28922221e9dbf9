package dev.penny.channels.analytics;

import dev.penny.channels.security.SignedInPages;
import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;

/**
 * The analytics page and its API are for support leads (role {@code LEAD}) and catalog owners ({@code EDITOR}); agents
 * and visitors are refused (403 signed in, else a sign-in: the login form for the page, a Basic challenge for the API).
 */
@AutoConfiguration(
        beforeName = {
            "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration"
        })
public class AnalyticsSecurity {

    static final List<String> ROLES = List.of("LEAD", "EDITOR");

    @Bean
    @ConditionalOnMissingBean(name = "analyticsSecurityChain")
    @Order(Ordered.HIGHEST_PRECEDENCE + 12)
    SecurityFilterChain analyticsSecurityChain(HttpSecurity http) throws Exception {
        return SignedInPages.chain(http, ROLES, "/analytics", "/analytics/**");
    }

    @Bean
    @ConditionalOnMissingBean(name = "analyticsApiSecurityChain")
    @Order(Ordered.HIGHEST_PRECEDENCE + 13)
    SecurityFilterChain analyticsApiSecurityChain(HttpSecurity http) throws Exception {
        BasicAuthenticationEntryPoint challenge = new BasicAuthenticationEntryPoint();
        challenge.setRealmName("Penny");
        http.securityMatcher("/api/analytics", "/api/analytics/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().hasAnyRole(ROLES.toArray(String[]::new)))
                .httpBasic(Customizer.withDefaults())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(challenge));
        return http.build();
    }
}
