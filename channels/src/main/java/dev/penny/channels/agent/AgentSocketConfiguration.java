package dev.penny.channels.agent;

import dev.penny.channels.config.PennyProperties;
import dev.penny.channels.dispatch.TurnAnnouncer;
import dev.penny.channels.typing.TypingSignals;
import dev.penny.channels.wire.EnvelopeCodec;
import dev.penny.core.conversation.ConversationEvents;
import dev.penny.core.conversation.ConversationStore;
import dev.penny.core.cost.CostLedger;
import dev.penny.core.desk.ConversationNotes;
import dev.penny.core.desk.VisitorIdentities;
import dev.penny.core.engine.AgentDesk;
import dev.penny.core.handoff.HumanHandoff;
import java.time.Clock;
import java.util.Optional;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;

/**
 * {@code /ws/agent}: signed-in agents only (see the security configuration), and only from Penny's own pages or the
 * configured console origins, since a browser would send the agent's session cookie from any site.
 */
@AutoConfiguration
public class AgentSocketConfiguration implements WebSocketConfigurer, DisposableBean {

    private final PennyProperties properties;
    private final AgentConnections connections = new AgentConnections();
    private final AgentSocketHandler handler;
    private final AgentRelay relay;
    private final AgentPresence presence;
    private final ConversationEvents.Subscription subscription;

    AgentSocketConfiguration(
            PennyProperties properties,
            EnvelopeCodec codec,
            AgentDesk desk,
            HumanHandoff handoff,
            ConversationStore store,
            CostLedger ledger,
            ConversationEvents events,
            TurnAnnouncer announcer,
            TypingSignals typing,
            ConversationNotes notes,
            VisitorIdentities identities,
            ObjectProvider<UserDetailsService> accounts,
            Clock clock) {
        this.properties = properties;
        QueueView queue = new QueueView(
                handoff, store, ledger, clock, properties.handoff().queuePageSize());
        DeskRecords records =
                new DeskRecords(store, notes, identities, Optional.ofNullable(accounts.getIfUnique()), clock);
        AgentCommands commands = new AgentCommands(desk, handoff, connections, announcer, typing, records);
        this.handler = new AgentSocketHandler(codec, connections, commands, handoff, queue);
        this.relay = new AgentRelay(connections, queue, handoff, records);
        this.presence =
                new AgentPresence(connections, handoff, properties.handoff().agentPresence());
        this.subscription = events.subscribe(relay);
        typing.listen(relay);
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(handler, "/ws/agent")
                .setAllowedOriginPatterns(
                        properties.limits().agentAllowedOrigins().toArray(String[]::new));
    }

    @Override
    public void destroy() {
        subscription.close();
        presence.close();
        relay.close();
        connections.closeAll();
    }
}
