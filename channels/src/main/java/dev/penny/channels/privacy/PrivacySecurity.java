package dev.penny.channels.privacy;

import dev.penny.channels.wire.ErrorCode;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;

/**
 * {@code /api/privacy/**} is for accounts with role {@code PRIVACY}, and only them: not every agent, since an erasure
 * cannot be undone and would let any agent remove a conversation they took part in; not the editors, who own the
 * catalog, not visitors' data. Refusals are audited like every other call: 401 for no or wrong credentials, 403 for an
 * account without the role.
 */
@AutoConfiguration(
        beforeName = {
            "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration"
        })
public class PrivacySecurity {

    /** The role that may export and erase visitors' data. */
    public static final String PRIVACY = "PRIVACY";

    @Bean
    @ConditionalOnMissingBean
    PrivacyAudit privacyAudit(ObjectProvider<Clock> clock) {
        return new PrivacyAudit(clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    @ConditionalOnMissingBean(name = "privacySecurityChain")
    @Order(Ordered.HIGHEST_PRECEDENCE + 14)
    SecurityFilterChain privacySecurityChain(HttpSecurity http, PrivacyAudit audit) throws Exception {
        AuthenticationEntryPoint challenge = challenge(audit);
        http.securityMatcher("/api/privacy", "/api/privacy/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole(PRIVACY))
                .httpBasic(basic -> basic.authenticationEntryPoint(challenge))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(challenge).accessDeniedHandler(refusal(audit)))
                // As for the rest of /api/**: bodies are JSON only, and SameOriginApi refuses cross-site browsers.
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    private static AuthenticationEntryPoint challenge(PrivacyAudit audit) {
        BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
        basic.setRealmName("Penny");
        return (request, response, e) -> {
            audit.record(PrivacyAction.of(request), null, "refused", Map.of("status", 401));
            basic.commence(request, response, e);
        };
    }

    private static AccessDeniedHandler refusal(PrivacyAudit audit) {
        return (request, response, e) -> {
            Authentication who = SecurityContextHolder.getContext().getAuthentication();
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("status", 403);
            audit.record(PrivacyAction.of(request), who == null ? null : who.getName(), "refused", details);
            response.setStatus(403);
            response.setContentType("application/json");
            response.getWriter()
                    .write("{\"code\":\"" + ErrorCode.FORBIDDEN.wire()
                            + "\",\"message\":\"this needs an account with role " + PRIVACY + "\",\"problems\":[]}");
        };
    }
}
