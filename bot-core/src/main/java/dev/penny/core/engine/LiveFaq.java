package dev.penny.core.engine;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The FAQ version visitors are answered from now. Publishing a new catalog version trains it completely first and
 * then {@link #swap swaps} it in with one atomic write, so a message in flight sees either the old version or the new
 * one, never a mix. Thread-safe.
 */
public final class LiveFaq {

    private final AtomicReference<FaqVersion> current;

    public LiveFaq(FaqVersion initial) {
        this.current = new AtomicReference<>(Objects.requireNonNull(initial, "initial"));
    }

    /** The version to answer the next batch from. */
    public FaqVersion current() {
        return current.get();
    }

    /** Makes {@code next} live and returns the version it replaced. */
    public FaqVersion swap(FaqVersion next) {
        return current.getAndSet(Objects.requireNonNull(next, "next"));
    }
}
