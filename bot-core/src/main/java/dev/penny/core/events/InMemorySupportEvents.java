package dev.penny.core.events;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * {@link SupportEvents} within one process: keeps every event in the order emitted and calls listeners on the
 * emitting thread. Meant for tests and for embedding without webhooks; it keeps events until {@link #clear()}.
 */
public final class InMemorySupportEvents implements SupportEvents {

    private final List<SupportEvent> events = new ArrayList<>();
    private final List<Consumer<SupportEvent>> listeners = new CopyOnWriteArrayList<>();

    @Override
    public void emit(SupportEvent event) {
        synchronized (events) {
            events.add(event);
        }
        listeners.forEach(l -> l.accept(event));
    }

    /** Every event so far, oldest first. */
    public List<SupportEvent> events() {
        synchronized (events) {
            return List.copyOf(events);
        }
    }

    /** The events so far of one type, oldest first. */
    public <T extends SupportEvent> List<T> events(Class<T> type) {
        List<T> out = new ArrayList<>();
        events().stream().filter(type::isInstance).map(type::cast).forEach(out::add);
        return out;
    }

    /** Calls {@code listener} with each event emitted from now on; close the result to stop. */
    public AutoCloseable subscribe(Consumer<SupportEvent> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Forgets the events kept so far. */
    public void clear() {
        synchronized (events) {
            events.clear();
        }
    }
}
