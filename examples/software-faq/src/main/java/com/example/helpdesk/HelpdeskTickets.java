package com.example.helpdesk;

import dev.penny.core.events.HandoffRequested;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Opens a helpdesk ticket for every conversation Penny hands to a person, from the {@link HandoffRequested} event
 * Penny publishes as a Spring application event. The tickets are kept here; a real service would create them in its
 * helpdesk's API instead.
 */
@Component
class HelpdeskTickets {

    private static final Logger log = LoggerFactory.getLogger(HelpdeskTickets.class);

    private final List<Ticket> opened = new CopyOnWriteArrayList<>();

    /** A ticket for one handed-off conversation. */
    record Ticket(String conversationId, String reason, boolean agentsWereOnline) {}

    @EventListener
    void onHandoff(HandoffRequested handoff) {
        Ticket ticket = new Ticket(handoff.conversationId().value(), handoff.reason(), handoff.agentsOnline() > 0);
        opened.add(ticket);
        log.info("Opened a helpdesk ticket for conversation {}: {}", ticket.conversationId(), ticket.reason());
    }

    List<Ticket> opened() {
        return List.copyOf(opened);
    }
}
