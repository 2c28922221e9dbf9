package dev.penny.channels.analytics;

import dev.penny.core.analytics.SupportAnalytics;
import dev.penny.core.events.SupportEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;

/** Counts every support event this node emits; a failure to count is logged, never passed to the visitor's answer. */
final class SupportEventCounting {

    private static final Logger log = LoggerFactory.getLogger(SupportEventCounting.class);

    private final SupportAnalytics analytics;

    SupportEventCounting(SupportAnalytics analytics) {
        this.analytics = analytics;
    }

    @EventListener
    void on(SupportEvent event) {
        try {
            analytics.onEvent(event);
        } catch (RuntimeException e) {
            log.warn("Could not count {} {} for analytics: {}", event.type(), event.id(), e.toString());
        }
    }
}
