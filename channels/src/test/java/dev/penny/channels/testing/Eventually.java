package dev.penny.channels.testing;

import java.time.Duration;

/** Retries an assertion until it holds or time runs out, for effects another thread produces. */
public final class Eventually {

    private Eventually() {}

    /** Runs {@code assertion} every 20 ms until it passes; after {@code within}, its last failure is thrown. */
    public static void within(Duration within, Runnable assertion) {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            try {
                assertion.run();
                return;
            } catch (AssertionError e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting", e);
            }
        }
    }
}
