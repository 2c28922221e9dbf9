package dev.penny.channels.visitor;

import dev.penny.channels.typing.TypingSignals;
import dev.penny.channels.wire.CloseCodes;
import dev.penny.core.conversation.ConversationEvents;
import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.Turn;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps waiting visitors' queue positions current on this node, and passes agents' typing on. What agents write and do
 * reaches each socket through the visitor desk, as {@link VisitorConnection#deliver}.
 */
final class VisitorRelay implements ConversationEvents.Listener, TypingSignals.Listener, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(VisitorRelay.class);

    private final VisitorConnections connections;
    private final WaitingPositions positions;
    private final AtomicBoolean positionsDue = new AtomicBoolean();
    // One thread, so the event thread is never blocked by the store.
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "penny-visitor-relay");
        t.setDaemon(true);
        return t;
    });

    VisitorRelay(VisitorConnections connections, WaitingPositions positions) {
        this.connections = connections;
        this.positions = positions;
    }

    @Override
    public void onTurn(Turn turn) {}

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

    private void updatePositions() {
        positionsDue.set(false);
        try {
            Map<ConversationId, Integer> now = positions.all();
            for (VisitorConnection c : connections.waiting()) {
                int position = now.getOrDefault(c.conversation(), 0);
                if (position > 0) {
                    c.movedInQueue(position);
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
