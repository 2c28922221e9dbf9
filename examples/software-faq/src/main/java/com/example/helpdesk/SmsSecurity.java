package com.example.helpdesk;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The SMS provider's webhook: no session and no CSRF token (the provider is a server, not a browser page). A real
 * service also checks the provider's request signature here, in a filter, before any text reaches Penny.
 */
@Configuration
class SmsSecurity {

    @Bean
    @Order(5)
    SecurityFilterChain smsWebhook(HttpSecurity http) throws Exception {
        http.securityMatcher("/sms/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }
}
