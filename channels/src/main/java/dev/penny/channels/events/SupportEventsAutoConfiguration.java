package dev.penny.channels.events;

import dev.penny.core.events.SupportEvents;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;

/**
 * Where the engine's support events go: to Spring application events, and on to whatever {@link SupportEventOutbox}
 * is configured (the webhooks'). An application that defines its own {@link SupportEvents} bean replaces both.
 */
@AutoConfiguration
public class SupportEventsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    SupportEvents supportEvents(ApplicationEventPublisher publisher, ObjectProvider<SupportEventOutbox> outbox) {
        SupportEventOutbox next = outbox.getIfAvailable();
        return new PublishedSupportEvents(publisher, next == null ? events -> {} : next);
    }
}
