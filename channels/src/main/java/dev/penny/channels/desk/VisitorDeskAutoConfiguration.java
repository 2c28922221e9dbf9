package dev.penny.channels.desk;

import dev.penny.channels.dispatch.MessageBatcher;
import dev.penny.channels.dispatch.TurnAnnouncer;
import dev.penny.core.channel.EngineVisitorDesk;
import dev.penny.core.channel.VisitorDesk;
import dev.penny.core.conversation.ConversationEvents;
import dev.penny.core.conversation.ConversationStore;
import dev.penny.core.conversation.ResumeTokens;
import dev.penny.core.engine.SupportEngine;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The {@link VisitorDesk} every channel uses: messages go through the shared {@link MessageBatcher}, so the encoder
 * classifies the messages of every channel in one batch, and each reply is announced to the other nodes (the agent
 * holding a conversation sees the visitor's turn on whichever node their console is).
 */
@AutoConfiguration
public class VisitorDeskAutoConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean(VisitorDesk.class)
    EngineVisitorDesk visitorDesk(
            SupportEngine engine,
            ConversationStore store,
            ResumeTokens tokens,
            ConversationEvents events,
            MessageBatcher batcher,
            TurnAnnouncer announcer) {
        return new EngineVisitorDesk(
                engine,
                store,
                tokens,
                events,
                message -> batcher.submit(message).thenApply(reply -> {
                    announcer.announce(reply);
                    return reply;
                }));
    }
}
