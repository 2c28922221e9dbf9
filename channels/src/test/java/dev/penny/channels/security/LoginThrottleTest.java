package dev.penny.channels.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.core.testing.MutableClock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = MutableClock.at("2025-03-14T09:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(
            clock, new InMemorySignInFailures(clock), new SecurityProperties(3, 5, Duration.ofMinutes(15), List.of()));

    @Test
    void an_account_is_refused_from_its_limit_until_the_window_ends() {
        throttle.failed("alice", "203.0.113.1");
        clock.advance(Duration.ofMinutes(5));
        throttle.failed("alice", "203.0.113.2");
        assertThat(throttle.refusedFor("alice", "203.0.113.3")).isZero();

        throttle.failed("alice", "203.0.113.3");

        assertThat(throttle.refusedFor("alice", "203.0.113.4")).isEqualTo(Duration.ofMinutes(10));
        assertThat(throttle.refusedFor("bob", "203.0.113.4"))
                .as("another account")
                .isZero();
        clock.advance(Duration.ofMinutes(10));
        assertThat(throttle.refusedFor("alice", "203.0.113.4")).isZero();
    }

    @Test
    void an_address_is_refused_for_any_account_from_its_limit() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("guess-" + i, "198.51.100.7");
        }

        assertThat(throttle.refusedFor("alice", "198.51.100.7")).isEqualTo(Duration.ofMinutes(15));
        assertThat(throttle.refusedFor(null, "198.51.100.7"))
                .as("no account named")
                .isPositive();
        assertThat(throttle.refusedFor("alice", "198.51.100.8")).isZero();
    }

    @Test
    void a_success_forgets_the_accounts_failures_but_not_the_addresss() {
        throttle.failed("alice", "198.51.100.9");
        throttle.failed("alice", "198.51.100.9");
        throttle.succeeded("alice");
        throttle.failed("alice", "198.51.100.9");
        throttle.failed("alice", "198.51.100.9");

        assertThat(throttle.refusedFor("alice", "203.0.113.9")).isZero();
        throttle.failed("bob", "198.51.100.9");
        assertThat(throttle.refusedFor("carol", "198.51.100.9")).isPositive();
    }
}
