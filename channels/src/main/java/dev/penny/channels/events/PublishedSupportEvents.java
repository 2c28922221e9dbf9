package dev.penny.channels.events;

import dev.penny.core.events.SupportEvent;
import dev.penny.core.events.SupportEvents;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Publishes each support event as a Spring application event (so an application can {@code @EventListener
 * HandoffRequested}), then hands it on to {@code next} (the webhooks' outbox). A listener that throws is logged and
 * does not fail the visitor's answer, which is already stored.
 */
final class PublishedSupportEvents implements SupportEvents {

    private static final Logger log = LoggerFactory.getLogger(PublishedSupportEvents.class);

    private final ApplicationEventPublisher publisher;
    private final SupportEventOutbox next;

    PublishedSupportEvents(ApplicationEventPublisher publisher, SupportEventOutbox next) {
        this.publisher = publisher;
        this.next = next;
    }

    @Override
    public void emit(SupportEvent event) {
        emitAll(List.of(event));
    }

    @Override
    public void emitAll(List<? extends SupportEvent> events) {
        try {
            next.take(events);
        } catch (RuntimeException e) {
            log.error("Could not hand on {} support events", events.size(), e);
        }
        for (SupportEvent event : events) {
            try {
                publisher.publishEvent(event);
            } catch (RuntimeException e) {
                log.error("A listener failed on {} {}", event.type(), event.id(), e);
            }
        }
    }
}
