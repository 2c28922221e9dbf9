package dev.penny.channels.agent;

import dev.penny.channels.wire.CloseCodes;
import dev.penny.core.conversation.ConversationId;
import dev.penny.core.handoff.AgentId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The agent consoles connected to this node, and which conversations their agents hold, so a visitor's message
 * reaches the console of the agent answering them.
 */
final class AgentConnections {

    private final Map<AgentId, Set<AgentConnection>> byAgent = new ConcurrentHashMap<>();
    private final Map<ConversationId, AgentId> holders = new ConcurrentHashMap<>();

    void opened(AgentConnection connection) {
        byAgent.computeIfAbsent(connection.agent(), k -> ConcurrentHashMap.newKeySet())
                .add(connection);
    }

    /** @return true when it was the agent's last console on this node */
    boolean closed(AgentConnection connection) {
        Set<AgentConnection> left = byAgent.computeIfPresent(connection.agent(), (agent, set) -> {
            set.remove(connection);
            return set.isEmpty() ? null : set;
        });
        if (left == null) {
            holders.values().removeIf(connection.agent()::equals);
            return true;
        }
        return false;
    }

    void holds(AgentId agent, ConversationId conversation) {
        holders.put(conversation, agent);
    }

    void released(ConversationId conversation) {
        holders.remove(conversation);
    }

    /** The consoles of the agent holding a conversation, if they are on this node. */
    Collection<AgentConnection> holding(ConversationId conversation) {
        AgentId agent = holders.get(conversation);
        return agent == null ? Set.of() : of(agent);
    }

    Collection<AgentConnection> of(AgentId agent) {
        return byAgent.getOrDefault(agent, Set.of());
    }

    Set<AgentId> agents() {
        return byAgent.keySet();
    }

    List<AgentConnection> all() {
        return byAgent.values().stream().flatMap(Set::stream).toList();
    }

    void closeAll() {
        all().forEach(c -> c.socket().close(CloseCodes.SERVER_SHUTDOWN));
    }
}
