package dev.penny.channels.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.channels.security.LoginThrottle.Attempt;
import dev.penny.channels.security.LoginThrottle.Outcome;
import dev.penny.core.testing.MutableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = MutableClock.at("2025-03-14T09:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(
            clock, new InMemorySignInFailures(clock), new SecurityProperties(3, 5, Duration.ofMinutes(15), List.of()));

    @Test
    void an_account_is_refused_from_its_limit_until_the_window_ends() {
        fail("alice", "203.0.113.1");
        clock.advance(Duration.ofMinutes(5));
        fail("alice", "203.0.113.2");
        fail("alice", "203.0.113.3");

        assertThat(throttle.attempt("alice", "203.0.113.4").refused()).isEqualTo(Duration.ofMinutes(10));
        assertThat(throttle.attempt("bob", "203.0.113.4").allowed())
                .as("another account")
                .isTrue();
        clock.advance(Duration.ofMinutes(10));
        assertThat(throttle.attempt("alice", "203.0.113.4").allowed()).isTrue();
    }

    @Test
    void an_address_is_refused_for_any_account_from_its_limit() {
        for (int i = 0; i < 5; i++) {
            fail("guess-" + i, "198.51.100.7");
        }

        assertThat(throttle.attempt("alice", "198.51.100.7").refused()).isEqualTo(Duration.ofMinutes(15));
        assertThat(throttle.attempt(null, "198.51.100.7").allowed())
                .as("no account named")
                .isFalse();
        assertThat(throttle.attempt("alice", "198.51.100.8").allowed()).isTrue();
    }

    @Test
    void guesses_sent_at_once_get_the_limit_not_one_each() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<Attempt>> attempts = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String address = "192.0.2." + (i + 1);
                attempts.add(threads.submit(() -> throttle.attempt("alice", address)));
            }
            int allowed = 0;
            for (Future<Attempt> attempt : attempts) {
                allowed += attempt.get().allowed() ? 1 : 0;
            }
            assertThat(allowed)
                    .as("attempts let through before any of them failed")
                    .isEqualTo(3);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void sign_ins_that_succeed_use_up_nothing() {
        for (int i = 0; i < 12; i++) {
            Attempt attempt = throttle.attempt(i % 2 == 0 ? "alice" : "bob", "198.51.100.9");
            assertThat(attempt.allowed()).as("sign-in %d", i).isTrue();
            throttle.resolve(attempt, Outcome.SUCCEEDED);
        }
    }

    @Test
    void a_success_forgets_the_accounts_failures_but_not_the_addresss() {
        fail("alice", "198.51.100.10");
        fail("alice", "198.51.100.10");
        throttle.resolve(throttle.attempt("alice", "198.51.100.10"), Outcome.SUCCEEDED);
        fail("alice", "198.51.100.10");
        fail("alice", "198.51.100.10");

        assertThat(throttle.attempt("alice", "203.0.113.9").allowed()).isTrue();
        fail("bob", "198.51.100.10");
        assertThat(throttle.attempt("carol", "198.51.100.10").allowed()).isFalse();
    }

    @Test
    void attempts_that_checked_no_password_and_refused_ones_count_nothing() {
        for (int i = 0; i < 10; i++) {
            throttle.resolve(throttle.attempt("alice", "198.51.100.11"), Outcome.NOT_CHECKED);
        }
        fail("dave", "198.51.100.11");
        fail("dave", "198.51.100.11");
        fail("dave", "198.51.100.11");
        for (int i = 0; i < 10; i++) {
            assertThat(throttle.attempt("dave", "198.51.100.11").allowed()).isFalse();
        }

        assertThat(throttle.attempt("alice", "198.51.100.11").allowed())
                .as("three failures from the address, of five allowed")
                .isTrue();
    }

    @Test
    void outcomes_heard_outside_the_filter_are_counted_directly() {
        throttle.failed("erin", "198.51.100.12");
        throttle.failed("erin", "198.51.100.12");
        throttle.failed("erin", "198.51.100.12");
        assertThat(throttle.attempt("erin", "203.0.113.12").allowed()).isFalse();

        throttle.succeeded("erin");
        assertThat(throttle.attempt("erin", "203.0.113.12").allowed()).isTrue();
    }

    private void fail(String user, String address) {
        Attempt attempt = throttle.attempt(user, address);
        assertThat(attempt.allowed()).as("%s from %s", user, address).isTrue();
        throttle.resolve(attempt, Outcome.FAILED);
    }
}
