package dev.penny.channels.visitor;

import dev.penny.channels.typing.TypingSignals;
import dev.penny.channels.wire.CloseCodes;
import dev.penny.core.conversation.Author;
import dev.penny.core.conversation.ConversationEvents;
import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.ConversationState;
import dev.penny.core.conversation.ConversationStore;
import dev.penny.core.conversation.Turn;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings what agents do, on any node, to the visitor sockets on this one: agent messages as {@code bot.message}
 * (source agent), and agents joining, handing back or closing as a system {@code bot.message} with a {@code
 * handoff.status}. Also keeps waiting visitors' queue positions current. Bot answers do not come this way: the node
 * that answered sends them to the socket that asked.
 */
final class VisitorRelay implements ConversationEvents.Listener, TypingSignals.Listener, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(VisitorRelay.class);

    private final VisitorConnections connections;
    private final ConversationStore store;
    private final WaitingPositions positions;
    private final AtomicBoolean positionsDue = new AtomicBoolean();
    // One thread: events are delivered in the order they came, and the event thread is never blocked by the store.
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "penny-visitor-relay");
        t.setDaemon(true);
        return t;
    });

    VisitorRelay(VisitorConnections connections, ConversationStore store, WaitingPositions positions) {
        this.connections = connections;
        this.store = store;
        this.positions = positions;
    }

    @Override
    public void onTurn(Turn turn) {
        if ((turn.author() == Author.AGENT || turn.author() == Author.SYSTEM)
                && !connections.in(turn.conversationId()).isEmpty()) {
            thread.execute(() -> deliver(turn));
        }
    }

    @Override
    public void onQueueChanged() {
        // Coalesced: one recount however many changes arrived meanwhile.
        if (!connections.waiting().isEmpty() && positionsDue.compareAndSet(false, true)) {
            thread.execute(this::updatePositions);
        }
    }

    // Closed from the relay thread, after any turn relayed before it, so the close is the last frame the visitor gets.
    @Override
    public void onConversationErased(ConversationId id) {
        if (!connections.in(id).isEmpty()) {
            thread.execute(() -> List.copyOf(connections.in(id)).forEach(c -> {
                connections.closed(c);
                c.socket().close(CloseCodes.CONVERSATION_ERASED);
            }));
        }
    }

    @Override
    public void typing(ConversationId conversation, TypingSignals.Typist who) {
        if (who == TypingSignals.Typist.AGENT) {
            connections.in(conversation).forEach(c -> c.send(VisitorFrames.typing(conversation, "agent")));
        }
    }

    private void deliver(Turn turn) {
        try {
            ConversationId id = turn.conversationId();
            Collection<VisitorConnection> here = connections.in(id);
            here.forEach(c -> c.send(VisitorFrames.botMessage(turn, null)));
            if (turn.author() == Author.SYSTEM) {
                String status = status(store.state(id).orElse(ConversationState.BOT));
                here.forEach(c -> {
                    c.queuePosition(0);
                    c.send(VisitorFrames.handoffStatus(id, status, 0, false));
                });
            }
        } catch (RuntimeException e) {
            log.warn("Could not relay turn {}: {}", turn.id(), e.toString());
        }
    }

    // System turns come from the agent desk, which sets the state before writing the notice.
    private static String status(ConversationState state) {
        return switch (state) {
            case WITH_AGENT -> "agent_joined";
            case CLOSED -> "closed";
            case BOT, WAITING_FOR_AGENT -> "agent_left";
        };
    }

    private void updatePositions() {
        positionsDue.set(false);
        try {
            Map<ConversationId, Integer> now = positions.all();
            for (VisitorConnection c : connections.waiting()) {
                int position = now.getOrDefault(c.conversation(), 0);
                if (position > 0 && position != c.queuePosition()) {
                    c.queuePosition(position);
                    c.send(VisitorFrames.handoffStatus(c.conversation(), "waiting", position, false));
                }
            }
        } catch (RuntimeException e) {
            log.warn("Could not update queue positions: {}", e.toString());
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
