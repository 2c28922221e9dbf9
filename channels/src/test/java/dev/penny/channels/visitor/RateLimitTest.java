package dev.penny.channels.visitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RateLimitTest {

    private Instant now = Instant.parse("2026-01-01T00:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void allows_a_burst_then_refuses_until_tokens_refill() {
        RateLimit limit = new RateLimit(clock, 5, Duration.ofSeconds(10));
        for (int i = 0; i < 5; i++) {
            assertThat(limit.tryAcquire()).isTrue();
        }
        assertThat(limit.tryAcquire()).isFalse();

        now = now.plusMillis(1999);
        assertThat(limit.tryAcquire()).isFalse();
        now = now.plusMillis(1);
        assertThat(limit.tryAcquire()).isTrue();
        assertThat(limit.tryAcquire()).isFalse();
    }

    @Test
    void a_quiet_connection_gets_its_whole_burst_back_but_no_more() {
        RateLimit limit = new RateLimit(clock, 5, Duration.ofSeconds(10));
        for (int i = 0; i < 5; i++) {
            limit.tryAcquire();
        }
        now = now.plus(Duration.ofHours(1));

        int allowed = 0;
        while (limit.tryAcquire()) {
            allowed++;
        }
        assertThat(allowed).isEqualTo(5);
    }
}
