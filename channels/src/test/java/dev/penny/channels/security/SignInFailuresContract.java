package dev.penny.channels.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.core.testing.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SignInFailures} must do. Extend it once per implementation. Windows are long (minutes), so a key a
 * server expires on its own clock never expires while a test runs: only the test clock moves.
 */
public abstract class SignInFailuresContract {

    protected static final Duration WINDOW = Duration.ofMinutes(15);

    protected final MutableClock clock = MutableClock.at("2025-03-14T09:00:00Z");

    /** New failures on an empty store, reading time from {@code clock}. */
    protected abstract SignInFailures newFailures(Clock clock);

    @Test
    void a_holder_without_failures_has_no_window() {
        assertThat(newFailures(clock).window("user nobody")).isEqualTo(SignInFailures.Window.NONE);
    }

    @Test
    void counts_failures_in_the_window_the_first_one_started() {
        SignInFailures failures = newFailures(clock);
        Instant first = clock.instant();
        failures.add("user alice", WINDOW);
        clock.advance(Duration.ofMinutes(5));
        failures.add("user alice", WINDOW);
        failures.add("user alice", WINDOW);

        assertThat(failures.window("user alice")).isEqualTo(new SignInFailures.Window(3, first.plus(WINDOW)));
    }

    @Test
    void a_window_ends_and_the_next_failure_starts_a_new_one() {
        SignInFailures failures = newFailures(clock);
        failures.add("address 203.0.113.1", WINDOW);
        failures.add("address 203.0.113.1", WINDOW);

        clock.advance(WINDOW);
        assertThat(failures.window("address 203.0.113.1")).isEqualTo(SignInFailures.Window.NONE);

        failures.add("address 203.0.113.1", WINDOW);
        assertThat(failures.window("address 203.0.113.1"))
                .isEqualTo(new SignInFailures.Window(1, clock.instant().plus(WINDOW)));
    }

    @Test
    void holders_are_counted_apart() {
        SignInFailures failures = newFailures(clock);
        failures.add("user alice", WINDOW);
        failures.add("user alice", WINDOW);
        failures.add("user bob", WINDOW);

        assertThat(failures.window("user alice").failures()).isEqualTo(2);
        assertThat(failures.window("user bob").failures()).isEqualTo(1);
        assertThat(failures.window("address alice")).isEqualTo(SignInFailures.Window.NONE);
    }

    @Test
    void clear_forgets_the_holders_failures_only() {
        SignInFailures failures = newFailures(clock);
        failures.add("user alice", WINDOW);
        failures.add("user bob", WINDOW);

        failures.clear("user alice");
        failures.clear("user never-failed");

        assertThat(failures.window("user alice")).isEqualTo(SignInFailures.Window.NONE);
        assertThat(failures.window("user bob").failures()).isEqualTo(1);
        failures.add("user alice", WINDOW);
        assertThat(failures.window("user alice").failures()).isEqualTo(1);
    }
}
