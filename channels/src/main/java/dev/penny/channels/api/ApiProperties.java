package dev.penny.channels.api;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The HTTP message API under {@code /api/v1}, for server-to-server bridges.
 *
 * @param tokens bearer tokens a bridge may send in its Authorization header (Bearer, then the token); comma-separated
 *     in PENNY_API_TOKENS. None (the default): the API is off and answers 404.
 */
@ConfigurationProperties("penny.api")
public record ApiProperties(List<String> tokens) {

    public ApiProperties {
        tokens = tokens == null
                ? List.of()
                : tokens.stream().map(String::strip).filter(t -> !t.isEmpty()).toList();
    }

    /** True when at least one token is configured. */
    public boolean enabled() {
        return !tokens.isEmpty();
    }
}
