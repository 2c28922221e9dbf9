package dev.penny.channels.visitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.testing.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Allowances} must do. Extend it once per implementation. Periods are long (minutes), so a key a
 * server expires on its own clock never expires while a test runs: only the test clock moves.
 */
public abstract class AllowancesContract {

    protected static final Allowances.Kind MESSAGES = new Allowances.Kind("messages", 3, Duration.ofMinutes(30));
    protected static final Allowances.Kind CONVERSATIONS =
            new Allowances.Kind("conversations", 3, Duration.ofMinutes(30));

    protected final MutableClock clock = MutableClock.at("2025-03-14T09:00:00Z");

    /** New allowances on an empty store, reading time from {@code clock}. */
    protected abstract Allowances newAllowances(Clock clock);

    @Test
    void lets_a_burst_through_then_refuses() {
        Allowances allowances = newAllowances(clock);

        assertThat(takes(allowances, MESSAGES, "203.0.113.1", 5)).isEqualTo(3);
    }

    @Test
    void gives_one_act_back_each_refill() {
        Allowances allowances = newAllowances(clock);
        takes(allowances, MESSAGES, "203.0.113.2", 3);

        clock.advance(Duration.ofMinutes(10).minusSeconds(1));
        assertThat(allowances.tryTake(MESSAGES, "203.0.113.2")).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(takes(allowances, MESSAGES, "203.0.113.2", 3)).isEqualTo(1);
    }

    @Test
    void a_whole_burst_comes_back_after_the_period_and_no_more() {
        Allowances allowances = newAllowances(clock);
        takes(allowances, MESSAGES, "203.0.113.3", 3);

        clock.advance(Duration.ofHours(5));

        assertThat(takes(allowances, MESSAGES, "203.0.113.3", 5)).isEqualTo(3);
    }

    @Test
    void a_refused_act_takes_nothing() {
        Allowances allowances = newAllowances(clock);
        takes(allowances, MESSAGES, "203.0.113.4", 3);
        takes(allowances, MESSAGES, "203.0.113.4", 20);

        clock.advance(Duration.ofMinutes(10));

        assertThat(allowances.tryTake(MESSAGES, "203.0.113.4")).isTrue();
    }

    @Test
    void addresses_conversations_and_kinds_are_counted_apart() {
        Allowances allowances = newAllowances(clock);
        ConversationId conversation = ConversationId.random();
        takes(allowances, MESSAGES, "203.0.113.5", 3);

        assertThat(allowances.tryTake(MESSAGES, "203.0.113.6")).isTrue();
        assertThat(allowances.tryTake(CONVERSATIONS, "203.0.113.5")).isTrue();
        assertThat(takes(allowances, MESSAGES, conversation, 5)).isEqualTo(3);
        assertThat(allowances.tryTake(MESSAGES, ConversationId.random())).isTrue();
    }

    @Test
    void a_period_that_does_not_divide_by_the_burst_still_lets_the_whole_burst_through() {
        Allowances allowances = newAllowances(clock);
        Allowances.Kind seven = new Allowances.Kind("left-messages", 7, Duration.ofMinutes(1));

        assertThat(takes(allowances, seven, "203.0.113.7", 10)).isEqualTo(7);
        clock.advance(Duration.ofMinutes(1));
        assertThat(takes(allowances, seven, "203.0.113.7", 10)).isEqualTo(7);
    }

    protected static long takes(Allowances allowances, Allowances.Kind kind, String address, int times) {
        return IntStream.range(0, times)
                .filter(i -> allowances.tryTake(kind, address))
                .count();
    }

    protected static long takes(Allowances allowances, Allowances.Kind kind, ConversationId id, int times) {
        return IntStream.range(0, times)
                .filter(i -> allowances.tryTake(kind, id))
                .count();
    }
}
