package dev.penny.channels.events;

import dev.penny.core.events.SupportEvent;
import java.util.List;

/**
 * Takes support events for delivery outside Penny (webhooks). Taking them must be quick: it is called on the thread
 * that answers the visitor, so delivery happens elsewhere.
 */
public interface SupportEventOutbox {

    /** Takes events in the order they happened. */
    void take(List<? extends SupportEvent> events);
}
