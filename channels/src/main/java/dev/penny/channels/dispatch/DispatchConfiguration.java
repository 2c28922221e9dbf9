package dev.penny.channels.dispatch;

import dev.penny.channels.config.PennyProperties;
import dev.penny.core.conversation.ConversationEvents;
import dev.penny.core.engine.SupportEngine;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.DependsOn;

/** The batcher in front of the engine and the announcer behind it. */
@AutoConfiguration
public class DispatchConfiguration {

    // Closed before the announcer, so the answers it drains at shutdown are still announced.
    @Bean(destroyMethod = "close")
    @DependsOn("turnAnnouncer")
    @ConditionalOnMissingBean
    MessageBatcher messageBatcher(SupportEngine engine, PennyProperties properties, TurnAnnouncer announcer) {
        var dispatch = properties.dispatch();
        return new MessageBatcher(
                engine,
                dispatch.classifiers(),
                dispatch.workers(),
                dispatch.linger(),
                dispatch.maxBatch(),
                dispatch.queueCapacity(),
                announcer::backlogged);
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    TurnAnnouncer turnAnnouncer(ConversationEvents events, PennyProperties properties) {
        return new TurnAnnouncer(events, properties.dispatch().announceCapacity());
    }
}
