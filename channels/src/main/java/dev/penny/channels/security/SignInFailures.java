package dev.penny.channels.security;

import java.time.Duration;
import java.time.Instant;

/**
 * Failed sign-ins counted per holder (an account, a client address) in a fixed window that the holder's first failure
 * starts. On Redis every node counts into the same windows, so guesses spread over a load balancer's nodes meet one
 * limit, not one per node; in memory they are this node's.
 *
 * <p>Implementations: {@link InMemorySignInFailures} and {@code RedisSignInFailures}; a third one extends the contract
 * test {@code SignInFailuresContract}. Holders are plain descriptions such as {@code "user alice"}: an implementation
 * that stores them outside the process must not store them as given, since addresses are personal data.
 */
public interface SignInFailures {

    /**
     * Counts one failure of the holder, or one attempt that may turn out a failure; when its window has ended (or it
     * has none), a new one of {@code window} starts. Atomic: of concurrent adds, each sees a count of its own.
     *
     * @return the holder's window with this one counted
     */
    Window add(String holder, Duration window);

    /**
     * Takes back one attempt counted by {@link #add} that was not a failure (it succeeded, or checked no password);
     * nothing when the holder's window has ended. A window whose count reaches zero is forgotten.
     */
    void giveBack(String holder);

    /** The holder's current window; {@link Window#NONE} when it has none or it has ended. */
    Window window(String holder);

    /** Forgets the holder's failures. */
    void clear(String holder);

    /**
     * Failures counted in a window, and when it ends.
     *
     * @param failures at least 1, except in {@link #NONE}
     * @param ends when the window ends and its failures are forgotten
     */
    record Window(int failures, Instant ends) {

        public static final Window NONE = new Window(0, Instant.EPOCH);
    }
}
