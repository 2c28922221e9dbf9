package dev.penny.channels.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Failed sign-ins counted per account and per client address in a fixed window; once either count reaches its limit,
 * sign-ins for that account or from that address are refused until the window ends. The counts are kept by {@link
 * SignInFailures}: on Redis shared by every node, so an attacker spreading guesses over nodes meets the limit once.
 */
final class LoginThrottle {

    private final Clock clock;
    private final SignInFailures failures;
    private final int perUser;
    private final int perAddress;
    private final Duration window;

    LoginThrottle(Clock clock, SignInFailures failures, SecurityProperties properties) {
        this.clock = clock;
        this.failures = failures;
        this.perUser = properties.loginFailuresPerUser();
        this.perAddress = properties.loginFailuresPerAddress();
        this.window = properties.loginLockout();
    }

    /** How long sign-ins by this user (null when unknown) from this address are refused; zero when allowed. */
    Duration refusedFor(String user, String address) {
        Duration byAddress = refusedFor(failures.window(address(address)), perAddress);
        Duration byUser = user == null ? Duration.ZERO : refusedFor(failures.window(user(user)), perUser);
        return byAddress.compareTo(byUser) > 0 ? byAddress : byUser;
    }

    void failed(String user, String address) {
        failures.add(address(address), window);
        if (user != null) {
            failures.add(user(user), window);
        }
    }

    void succeeded(String user) {
        failures.clear(user(user));
    }

    private Duration refusedFor(SignInFailures.Window counted, int limit) {
        Instant now = clock.instant();
        if (counted.failures() < limit || !counted.ends().isAfter(now)) {
            return Duration.ZERO;
        }
        return Duration.between(now, counted.ends());
    }

    private static String user(String user) {
        return "user " + user;
    }

    private static String address(String address) {
        return "address " + address;
    }
}
