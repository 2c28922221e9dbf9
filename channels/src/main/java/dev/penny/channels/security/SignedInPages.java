package dev.penny.channels.security;

import java.util.List;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * The security chain of a set of staff pages (the agent console, the catalog editor): for signed-in accounts with one
 * role; others are sent to the login form, which the main chain serves (with its CSRF token) and which brings them
 * back. The pages get a strict content policy: they load only their own scripts and style sheets and talk only to
 * their own origin (REST and sockets), so injected markup could neither run nor send data elsewhere.
 */
public final class SignedInPages {

    static final String CONTENT_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
            + " connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private SignedInPages() {}

    /** A chain for {@code paths}, to be ordered ahead of the main one. */
    public static SecurityFilterChain chain(HttpSecurity http, String role, String... paths) throws Exception {
        return chain(http, List.of(role), paths);
    }

    /** A chain for {@code paths} open to any of {@code roles}, to be ordered ahead of the main one. */
    public static SecurityFilterChain chain(HttpSecurity http, List<String> roles, String... paths) throws Exception {
        http.securityMatcher(paths)
                .authorizeHttpRequests(requests -> requests.anyRequest().hasAnyRole(roles.toArray(String[]::new)))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_POLICY)));
        return http.build();
    }
}
