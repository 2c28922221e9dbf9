package dev.penny.channels.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses (403, code {@code cross_origin}) a non-GET request to {@code /api/**} that a browser sent from another
 * site, so a page elsewhere cannot use a signed-in agent's or editor's cookie or cached Basic credentials. Browsers
 * say where a request comes from in {@code Sec-Fetch-Site} or, failing that, {@code Origin}; a request with neither
 * comes from a program, not a page, and one with a bearer token carries its own credential rather than an ambient
 * one: both pass, so server-to-server APIs are unaffected.
 */
final class SameOriginApi extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SameOriginApi.class);
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final List<String> allowedOrigins;

    SameOriginApi(List<String> allowedOrigins) {
        this.allowedOrigins = List.copyOf(allowedOrigins);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return SAFE_METHODS.contains(request.getMethod()) || !(path.equals("/api") || path.startsWith("/api/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (allowed(request)) {
            chain.doFilter(request, response);
            return;
        }
        log.warn(
                "Refused {} {} from origin {} (Sec-Fetch-Site {})",
                request.getMethod(),
                request.getRequestURI(),
                request.getHeader("Origin"),
                request.getHeader("Sec-Fetch-Site"));
        response.setStatus(403);
        response.setContentType("application/json");
        response.getWriter()
                .write("{\"code\":\"cross_origin\",\"message\":\"this request came from a page on another site\","
                        + "\"problems\":[]}");
    }

    private boolean allowed(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return true;
        }
        String origin = request.getHeader("Origin");
        boolean listed = origin != null && allowedOrigins.contains(origin);
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return site.equals("same-origin") || site.equals("none") || listed;
        }
        return origin == null || listed || origin.equalsIgnoreCase(ownOrigin(request));
    }

    private static String ownOrigin(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
    }
}
