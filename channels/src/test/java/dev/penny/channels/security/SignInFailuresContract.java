package dev.penny.channels.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.core.testing.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
    void add_returns_the_window_with_the_new_count() {
        SignInFailures failures = newFailures(clock);
        Instant first = clock.instant();

        assertThat(failures.add("user carol", WINDOW)).isEqualTo(new SignInFailures.Window(1, first.plus(WINDOW)));
        clock.advance(Duration.ofMinutes(1));
        assertThat(failures.add("user carol", WINDOW)).isEqualTo(new SignInFailures.Window(2, first.plus(WINDOW)));
    }

    @Test
    void concurrent_adds_each_see_a_count_of_their_own() throws Exception {
        SignInFailures failures = newFailures(clock);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<SignInFailures.Window>> counted = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                counted.add(threads.submit(() -> failures.add("user dave", WINDOW)));
            }
            Set<Integer> counts = new HashSet<>();
            for (Future<SignInFailures.Window> window : counted) {
                counts.add(window.get().failures());
            }
            assertThat(counts).hasSize(40).allMatch(n -> n >= 1 && n <= 40);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void give_back_takes_one_back_and_forgets_an_empty_window() {
        SignInFailures failures = newFailures(clock);
        failures.add("address 203.0.113.5", WINDOW);
        failures.add("address 203.0.113.5", WINDOW);

        failures.giveBack("address 203.0.113.5");
        assertThat(failures.window("address 203.0.113.5").failures()).isEqualTo(1);
        failures.giveBack("address 203.0.113.5");
        assertThat(failures.window("address 203.0.113.5")).isEqualTo(SignInFailures.Window.NONE);
        failures.giveBack("address 203.0.113.5");
        assertThat(failures.window("address 203.0.113.5")).isEqualTo(SignInFailures.Window.NONE);
        assertThat(failures.add("address 203.0.113.5", WINDOW).failures()).isEqualTo(1);
    }

    @Test
    void give_back_after_the_window_ended_counts_nothing() {
        SignInFailures failures = newFailures(clock);
        failures.add("user erin", WINDOW);
        clock.advance(WINDOW);

        failures.giveBack("user erin");

        assertThat(failures.add("user erin", WINDOW))
                .isEqualTo(new SignInFailures.Window(1, clock.instant().plus(WINDOW)));
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
