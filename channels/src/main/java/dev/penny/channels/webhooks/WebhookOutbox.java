package dev.penny.channels.webhooks;

import dev.penny.channels.events.SupportEventOutbox;
import dev.penny.core.events.SupportEvent;
import java.util.List;

/**
 * Queues the events webhooks send, on the thread that emits them (one store round trip for a batch's events, none for
 * the others), and wakes the delivery, which POSTs them elsewhere.
 */
final class WebhookOutbox implements SupportEventOutbox {

    private final WebhookProperties properties;
    private final WebhookQueue queue;
    private final WebhookDelivery delivery;

    WebhookOutbox(WebhookProperties properties, WebhookQueue queue, WebhookDelivery delivery) {
        this.properties = properties;
        this.queue = queue;
        this.delivery = delivery;
    }

    @Override
    public void take(List<? extends SupportEvent> events) {
        List<String> bodies = events.stream()
                .filter(e -> properties.sends(e.type()))
                .map(WebhookPayload::of)
                .toList();
        if (!bodies.isEmpty()) {
            queue.addAll(bodies);
            delivery.wake();
        }
    }
}
