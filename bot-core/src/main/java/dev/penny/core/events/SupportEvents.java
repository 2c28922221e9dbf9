package dev.penny.core.events;

import java.util.List;

/**
 * Where the engine emits {@link SupportEvent}s. Implementations hand them on (to webhooks, to the application) and
 * must be quick: the engine calls them on the thread that answers the visitor.
 *
 * <p>The engine emits an event after storing what it reports; an implementation that fails to take an event should
 * log and swallow the failure rather than fail an answer that is already stored. Safe to call from many threads.
 */
public interface SupportEvents {

    /** Takes one event. */
    void emit(SupportEvent event);

    /** Takes several events in order, in one go where the implementation can (one round trip to a store). */
    default void emitAll(List<? extends SupportEvent> events) {
        events.forEach(this::emit);
    }

    /** Emits nowhere: for an engine nobody listens to. */
    static SupportEvents none() {
        return event -> {};
    }
}
