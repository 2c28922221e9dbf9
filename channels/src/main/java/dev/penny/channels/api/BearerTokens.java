package dev.penny.channels.api;

import dev.penny.channels.web.ApiProblem;
import dev.penny.channels.wire.ErrorCode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lets a request into {@code /api/v1} only with {@code Authorization: Bearer <token>} naming a configured token
 * (401 {@code unauthorized} otherwise); with no token configured the API is off (404).
 */
final class BearerTokens extends OncePerRequestFilter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<byte[]> tokens;

    BearerTokens(ApiProperties properties) {
        this.tokens = properties.tokens().stream()
                .map(t -> t.getBytes(StandardCharsets.UTF_8))
                .toList();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (tokens.isEmpty()) {
            write(
                    response,
                    new ApiProblem(
                            HttpStatus.NOT_FOUND,
                            ErrorCode.API_OFF,
                            "the HTTP API is off: no penny.api.tokens are configured"));
            return;
        }
        if (!known(request.getHeader("Authorization"))) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"Penny\"");
            write(
                    response,
                    new ApiProblem(
                            HttpStatus.UNAUTHORIZED,
                            ErrorCode.UNAUTHORIZED,
                            "send Authorization: Bearer <token> with a configured token"));
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean known(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        byte[] sent = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        boolean known = false;
        // Every token is compared, in constant time each, so the answer's timing tells nothing about them.
        for (byte[] token : tokens) {
            known |= MessageDigest.isEqual(token, sent);
        }
        return known;
    }

    static void write(HttpServletResponse response, ApiProblem problem) throws IOException {
        ResponseEntity<Map<String, Object>> entity = problem.response();
        response.setStatus(entity.getStatusCode().value());
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.writeValueAsString(entity.getBody()));
    }
}
