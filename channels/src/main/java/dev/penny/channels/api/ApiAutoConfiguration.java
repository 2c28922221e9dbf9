package dev.penny.channels.api;

import dev.penny.channels.config.PennyProperties;
import dev.penny.channels.visitor.AbuseProperties;
import dev.penny.channels.visitor.Allowances;
import dev.penny.core.channel.VisitorDesk;
import dev.penny.core.conversation.ConversationStore;
import dev.penny.core.engine.EngineSettings;
import dev.penny.core.engine.VisitorMessage;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * The HTTP message API under {@code /api/v1} ({@link MessageApi}), on when {@code penny.api.tokens} names a token. It
 * has a security filter chain of its own, ahead of Penny's other chains: bearer tokens instead of agents' sign-in, no
 * session, and no CSRF token, which a cross-site page cannot use anyway without the bearer token.
 */
@AutoConfiguration
@ConditionalOnWebApplication
@EnableConfigurationProperties({ApiProperties.class, AbuseProperties.class})
public class ApiAutoConfiguration {

    @Bean
    @Order(10)
    SecurityFilterChain pennyApiSecurity(HttpSecurity http, ApiProperties properties) throws Exception {
        http.securityMatcher("/api/v1/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .addFilterBefore(new BearerTokens(properties), AnonymousAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable());
        return http.build();
    }

    @Bean
    @ConditionalOnMissingBean
    MessageApi messageApi(ApiConversations conversations) {
        return new MessageApi(conversations);
    }

    @Bean
    @ConditionalOnMissingBean
    ApiConversations apiConversations(
            VisitorDesk desk,
            ConversationStore store,
            PennyProperties properties,
            EngineSettings settings,
            AbuseProperties abuse,
            Allowances allowances) {
        var limits = properties.limits();
        int maxChars = Math.min(limits.maxMessageChars(), VisitorMessage.MAX_LENGTH);
        return new ApiConversations(
                desk,
                store,
                allowances,
                new Allowances.Kind("api-messages", limits.rateLimitMessages(), limits.rateLimitPeriod()),
                maxChars,
                abuse.turnsPerConversation(),
                settings.answerDeadline());
    }
}
