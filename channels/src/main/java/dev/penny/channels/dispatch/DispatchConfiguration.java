package dev.penny.channels.dispatch;

import dev.penny.channels.config.PennyProperties;
import dev.penny.core.conversation.ConversationEvents;
import dev.penny.core.engine.SupportEngine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;

/** The batcher in front of the engine and the announcer behind it. */
@Configuration(proxyBeanMethods = false)
class DispatchConfiguration {

    // Closed before the announcer, so the answers it drains at shutdown are still announced.
    @Bean(destroyMethod = "close")
    @DependsOn("turnAnnouncer")
    MessageBatcher messageBatcher(SupportEngine engine, PennyProperties properties) {
        var dispatch = properties.dispatch();
        return new MessageBatcher(
                engine, dispatch.classifiers(), dispatch.workers(), dispatch.linger(), dispatch.maxBatch());
    }

    @Bean(destroyMethod = "close")
    TurnAnnouncer turnAnnouncer(ConversationEvents events) {
        return new TurnAnnouncer(events);
    }
}
