package dev.penny.channels.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-ins counted per account and per client address in a fixed window; once either count reaches its limit,
 * sign-ins for that account or from that address are refused until the window ends. Kept in this node's memory: an
 * attacker spreading guesses over nodes gets at most the limit per node. Entries are dropped when their window ends,
 * and the map is capped so that guesses with made-up names cannot fill the heap.
 */
final class LoginThrottle {

    private static final int MAX_TRACKED = 100_000;

    private final Clock clock;
    private final int perUser;
    private final int perAddress;
    private final Duration window;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock, SecurityProperties properties) {
        this.clock = clock;
        this.perUser = properties.loginFailuresPerUser();
        this.perAddress = properties.loginFailuresPerAddress();
        this.window = properties.loginLockout();
    }

    /** How long sign-ins by this user (null when unknown) from this address are refused; zero when allowed. */
    Duration refusedFor(String user, String address) {
        Instant now = clock.instant();
        Duration byAddress = refusedFor("a:" + address, perAddress, now);
        Duration byUser = user == null ? Duration.ZERO : refusedFor("u:" + user, perUser, now);
        return byAddress.compareTo(byUser) > 0 ? byAddress : byUser;
    }

    void failed(String user, String address) {
        Instant now = clock.instant();
        if (failures.size() >= MAX_TRACKED) {
            failures.values().removeIf(f -> !f.until().isAfter(now));
        }
        count("a:" + address, now);
        if (user != null && failures.size() < MAX_TRACKED) {
            count("u:" + user, now);
        }
    }

    void succeeded(String user) {
        failures.remove("u:" + user);
    }

    private void count(String key, Instant now) {
        failures.compute(
                key,
                (k, f) -> f == null || !f.until().isAfter(now)
                        ? new Failures(1, now.plus(window))
                        : new Failures(f.count() + 1, f.until()));
    }

    private Duration refusedFor(String key, int limit, Instant now) {
        Failures f = failures.get(key);
        if (f == null || f.count() < limit || !f.until().isAfter(now)) {
            return Duration.ZERO;
        }
        return Duration.between(now, f.until());
    }

    private record Failures(int count, Instant until) {}
}
