package dev.penny.channels.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in throttling and the browser-origin check of the API, {@code penny.security.*}.
 *
 * @param loginFailuresPerUser failed sign-ins to one account, from anywhere, before its sign-ins are refused
 * @param loginFailuresPerAddress failed sign-ins from one client address, to any account, before its sign-ins are
 *     refused
 * @param loginLockout the window failures are counted in, and how long sign-ins are refused once a limit is reached
 * @param apiOrigins browser origins besides Penny's own allowed to send non-GET requests to /api/** with an
 *     agent's or editor's sign-in
 */
@ConfigurationProperties("penny.security")
public record SecurityProperties(
        Integer loginFailuresPerUser, Integer loginFailuresPerAddress, Duration loginLockout, List<String> apiOrigins) {

    public SecurityProperties {
        loginFailuresPerUser = loginFailuresPerUser == null ? 5 : loginFailuresPerUser;
        loginFailuresPerAddress = loginFailuresPerAddress == null ? 20 : loginFailuresPerAddress;
        loginLockout = loginLockout == null ? Duration.ofMinutes(15) : loginLockout;
        apiOrigins = apiOrigins == null ? List.of() : List.copyOf(apiOrigins);
        if (loginFailuresPerUser < 1
                || loginFailuresPerAddress < 1
                || loginLockout.isNegative()
                || loginLockout.isZero()) {
            throw new IllegalArgumentException("penny.security: login limits and lockout must be positive");
        }
    }
}
