package dev.penny.channels.redis;

import java.time.Duration;

/** Lets real time pass, for TTLs that Redis, not the test clock, keeps. */
final class Sleep {

    private Sleep() {}

    static void through(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while letting time pass", e);
        }
    }
}
