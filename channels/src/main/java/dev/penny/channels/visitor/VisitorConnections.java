package dev.penny.channels.visitor;

import dev.penny.channels.wire.CloseCodes;
import dev.penny.core.conversation.ConversationId;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The visitor sockets open on this node, by conversation, so events can reach them. */
final class VisitorConnections {

    private final Set<VisitorConnection> open = ConcurrentHashMap.newKeySet();
    private final ConcurrentHashMap<ConversationId, Set<VisitorConnection>> byConversation = new ConcurrentHashMap<>();

    void opened(VisitorConnection connection) {
        open.add(connection);
    }

    /** Moves a connection into a conversation, out of any it was in. */
    void attach(VisitorConnection connection, ConversationId id) {
        leave(connection);
        connection.conversation(id);
        byConversation.computeIfAbsent(id, k -> ConcurrentHashMap.newKeySet()).add(connection);
    }

    void closed(VisitorConnection connection) {
        open.remove(connection);
        connection.stopFollowing();
        leave(connection);
    }

    Collection<VisitorConnection> in(ConversationId id) {
        Set<VisitorConnection> connections = byConversation.get(id);
        return connections == null ? Set.of() : connections;
    }

    Collection<VisitorConnection> waiting() {
        return open.stream().filter(c -> c.queuePosition() > 0).toList();
    }

    /** Tells every visitor on this node to reconnect elsewhere, on shutdown. */
    void closeAll() {
        open.forEach(c -> c.socket().close(CloseCodes.SERVER_SHUTDOWN));
    }

    private void leave(VisitorConnection connection) {
        ConversationId previous = connection.conversation();
        if (previous != null) {
            byConversation.computeIfPresent(previous, (id, set) -> {
                set.remove(connection);
                return set.isEmpty() ? null : set;
            });
        }
    }
}
