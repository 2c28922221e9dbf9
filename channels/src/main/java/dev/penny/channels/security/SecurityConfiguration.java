package dev.penny.channels.security;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

import dev.penny.channels.config.PennyProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;

/**
 * Visitors are anonymous; agents sign in (HTTP Basic, or the login form for the console pages) for the agent socket,
 * the REST API and the actuator beyond health; catalog owners (role {@code EDITOR}) for the catalog API under {@code
 * /api/catalog} and the editor page. Configured before Spring Boot's own security, whose defaults (a generated user, a
 * chain that signs in every request) would otherwise apply. An application replaces Penny's chain with a bean named
 * {@code pennySecurity}, and its accounts with its own {@code UserDetailsService}.
 */
@AutoConfiguration(
        beforeName = {
            "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration"
        })
@EnableConfigurationProperties(PennyProperties.class)
public class SecurityConfiguration {

    static final String AGENT = "AGENT";
    static final String EDITOR = "EDITOR";

    @Bean
    @ConditionalOnMissingBean(name = "pennySecurity")
    SecurityFilterChain pennySecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/ws/visitor", "/actuator/health", "/actuator/health/**", "/error")
                        .permitAll()
                        .requestMatchers("/api/catalog", "/api/catalog/**")
                        .hasRole(EDITOR)
                        .requestMatchers("/ws/agent", "/ws/agent/**", "/api/**", "/actuator/**")
                        .hasRole(AGENT)
                        .anyRequest()
                        .permitAll())
                .httpBasic(Customizer.withDefaults())
                .formLogin(Customizer.withDefaults())
                // Machines get a 401 Basic challenge, not a redirect to the login page.
                .exceptionHandling(
                        errors -> errors.defaultAuthenticationEntryPointFor(basicChallenge(), pathPattern("/api/**"))
                                .defaultAuthenticationEntryPointFor(basicChallenge(), pathPattern("/ws/**"))
                                .defaultAuthenticationEntryPointFor(basicChallenge(), pathPattern("/actuator/**")))
                // Socket handshakes are GETs, and the agent socket checks its origin instead. The API needs no token
                // either: most of it is read-only, and the catalog API's writes take only application/json bodies
                // (415 otherwise), which a cross-site form cannot send and a cross-site script cannot send without a
                // CORS preflight this server never grants; its DELETE cannot come from a form at all.
                .csrf(csrf -> csrf.ignoringRequestMatchers(pathPattern("/ws/**"), pathPattern("/api/**")));
        return http.build();
    }

    private static BasicAuthenticationEntryPoint basicChallenge() {
        BasicAuthenticationEntryPoint entryPoint = new BasicAuthenticationEntryPoint();
        entryPoint.setRealmName("Penny");
        return entryPoint;
    }

    @Bean
    @ConditionalOnMissingBean(UserDetailsService.class)
    InMemoryUserDetailsManager agentAccounts(PennyProperties properties) {
        return AgentAccounts.of(properties.agents());
    }

    @Bean
    @ConditionalOnMissingBean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
