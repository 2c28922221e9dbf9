package dev.penny.channels.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in attempt while {@link LoginThrottle} holds its account or address: HTTP Basic credentials with 429
 * {@code too_many_sign_ins} and {@code Retry-After}, the login form's POST with 429 and a page saying when to try again.
 * It runs ahead of Spring Security, so a refused guess is never checked against the password. An attempt it lets
 * through is counted until Spring Security's outcome ({@link SignInOutcomes}) says it was no failure.
 */
final class LoginThrottleFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottleFilter.class);

    private final LoginThrottle throttle;
    private final SignInOutcomes outcomes;

    LoginThrottleFilter(LoginThrottle throttle, SignInOutcomes outcomes) {
        this.throttle = throttle;
        this.outcomes = outcomes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String authorization = request.getHeader("Authorization");
        boolean basic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
        boolean form = "POST".equals(request.getMethod()) && "/login".equals(request.getServletPath());
        if (!basic && !form) {
            chain.doFilter(request, response);
            return;
        }
        String user = basic ? basicUser(authorization.substring(6)) : request.getParameter("username");
        LoginThrottle.Attempt attempt = throttle.attempt(user, request.getRemoteAddr());
        if (attempt.allowed()) {
            outcomes.begin();
            try {
                chain.doFilter(request, response);
            } finally {
                throttle.resolve(attempt, outcomes.end());
            }
            return;
        }
        Duration refused = attempt.refused();
        log.warn("Sign-in refused for {} from {}: too many failed sign-ins", user, request.getRemoteAddr());
        response.setHeader("Retry-After", Long.toString(Math.max(1, refused.toSeconds())));
        response.setStatus(429);
        if (form) {
            // A person at the sign-in form gets a page saying why and when, rather than a page of JSON.
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter()
                    .write(
                            "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Sign in</title></head>"
                                    + "<body><main><h1>Too many failed sign-ins</h1><p id=\"sign-in-refused\">Sign-ins to this"
                                    + " account or from this address are paused: try again in "
                                    + Math.max(1, (refused.toSeconds() + 59) / 60) + " min.</p><p><a href=\""
                                    + request.getContextPath()
                                    + "/login\">Back to sign-in</a></p></main></body></html>");
            return;
        }
        response.setContentType("application/json");
        response.getWriter()
                .write("{\"code\":\"too_many_sign_ins\",\"message\":\"too many failed sign-ins; try again later\","
                        + "\"problems\":[]}");
    }

    private static String basicUser(String encoded) {
        try {
            String pair = new String(Base64.getDecoder().decode(encoded.strip()), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon < 0 ? null : pair.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
