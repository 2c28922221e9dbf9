package dev.penny.channels.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sign-in failures of this node alone: for the embedded mode, and for a node whose Redis does not answer. Ended
 * windows are dropped once the map is full, and a new holder is not kept while it stays full of live ones (each of its
 * attempts is its first), so guesses with made-up names cannot fill the heap.
 */
public final class InMemorySignInFailures implements SignInFailures {

    private static final int MAX_TRACKED = 100_000;

    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public InMemorySignInFailures(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Window add(String holder, Duration window) {
        Instant now = clock.instant();
        if (windows.size() >= MAX_TRACKED) {
            windows.values().removeIf(w -> !w.ends().isAfter(now));
            if (windows.size() >= MAX_TRACKED && !windows.containsKey(holder)) {
                return new Window(1, now.plus(window));
            }
        }
        return windows.compute(
                holder,
                (k, w) -> w == null || !w.ends().isAfter(now)
                        ? new Window(1, now.plus(window))
                        : new Window(w.failures() + 1, w.ends()));
    }

    @Override
    public void giveBack(String holder) {
        Instant now = clock.instant();
        windows.computeIfPresent(
                holder,
                (k, w) -> w.failures() <= 1 || !w.ends().isAfter(now) ? null : new Window(w.failures() - 1, w.ends()));
    }

    @Override
    public Window window(String holder) {
        Window w = windows.get(holder);
        return w == null || !w.ends().isAfter(clock.instant()) ? Window.NONE : w;
    }

    @Override
    public void clear(String holder) {
        windows.remove(holder);
    }
}
