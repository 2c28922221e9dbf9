package dev.penny.channels.visitor;

import dev.penny.channels.config.PennyProperties;
import dev.penny.channels.ops.PennyMetrics;
import dev.penny.channels.ops.ShutdownStep;
import dev.penny.channels.typing.TypingSignals;
import dev.penny.channels.wire.EnvelopeCodec;
import dev.penny.core.channel.VisitorDesk;
import dev.penny.core.conversation.ConversationEvents;
import dev.penny.core.conversation.ConversationStore;
import dev.penny.core.desk.IdentityCheck;
import dev.penny.core.desk.VisitorIdentities;
import dev.penny.core.engine.SupportEngine;
import dev.penny.core.feedback.FeedbackDesk;
import dev.penny.core.handoff.HumanHandoff;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;

/** {@code /ws/visitor}, open to the configured embedding origins, and the relay that feeds it events. */
@AutoConfiguration
@EnableConfigurationProperties({AbuseProperties.class, WidgetProperties.class})
public class VisitorSocketConfiguration implements WebSocketConfigurer, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(VisitorSocketConfiguration.class);

    private final PennyProperties properties;
    private final VisitorConnections connections = new VisitorConnections();
    private final VisitorSocketHandler handler;
    private final VisitorRelay relay;
    private final ConversationEvents.Subscription subscription;

    VisitorSocketConfiguration(
            PennyProperties properties,
            EnvelopeCodec codec,
            HumanHandoff handoff,
            ConversationEvents events,
            SupportEngine engine,
            ConversationStore store,
            VisitorDesk desk,
            PennyMetrics metrics,
            TypingSignals typing,
            AbuseProperties abuse,
            WidgetProperties widget,
            IdentityCheck identityCheck,
            VisitorIdentities identities,
            FeedbackDesk feedback,
            Allowances allowances,
            Clock clock) {
        this.properties = properties;
        VisitorLimits limits = VisitorLimits.of(properties.limits());
        if (limits.maxMessageChars() < properties.limits().maxMessageChars()) {
            log.warn("penny.limits.max-message-chars is capped at the engine's {}", limits.maxMessageChars());
        }
        WaitingPositions positions = new WaitingPositions(handoff);
        this.handler = new VisitorSocketHandler(
                codec,
                connections,
                new SessionStarts(
                        desk,
                        connections,
                        positions,
                        limits.maxMessageChars(),
                        widget.forgetOnClose(),
                        new VisitorIdentification(identityCheck, identities)),
                new VisitorMessages(
                        desk,
                        new ReplyFrames(positions),
                        metrics,
                        store,
                        limits.maxMessageChars(),
                        abuse.turnsPerConversation()),
                new LeftMessages(engine, limits.maxMessageChars(), allowances, abuse.conversationLeftMessages()),
                new VisitorFeedback(feedback),
                typing,
                limits,
                abuse,
                new AddressLimits(abuse, allowances),
                clock);
        this.relay = new VisitorRelay(connections, positions);
        this.subscription = events.subscribe(relay);
        typing.listen(relay);
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        String[] origins = properties.limits().allowedOrigins().toArray(String[]::new);
        log.info(
                "Visitor socket /ws/visitor accepts origins {} (and same-origin pages)",
                properties.limits().allowedOrigins());
        registry.addHandler(handler, "/ws/visitor").setAllowedOriginPatterns(origins);
    }

    /**
     * Closes the visitors' sockets with {@code server_shutdown} as soon as dispatch's drain has answered what this node
     * accepted, so the widget reconnects to another node at once, whatever the servlet container does with upgraded
     * connections when it stops.
     */
    @Bean
    ShutdownStep closingVisitorSockets() {
        return new ShutdownStep(ShutdownStep.AFTER_THE_DRAIN, connections::closeAll);
    }

    @Override
    public void destroy() {
        subscription.close();
        relay.close();
        connections.closeAll();
    }
}
