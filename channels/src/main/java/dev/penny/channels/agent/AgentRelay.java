package dev.penny.channels.agent;

import dev.penny.channels.typing.TypingSignals;
import dev.penny.channels.wire.Frame;
import dev.penny.core.conversation.Author;
import dev.penny.core.conversation.ConversationEvents;
import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.Turn;
import dev.penny.core.handoff.Claim;
import dev.penny.core.handoff.HumanHandoff;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings events from every node to the agent consoles on this one: the queue whenever it changes, and visitors'
 * messages to the console of the agent holding their conversation.
 */
final class AgentRelay implements ConversationEvents.Listener, TypingSignals.Listener, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AgentRelay.class);

    private final AgentConnections connections;
    private final QueueView queue;
    private final HumanHandoff handoff;
    private final DeskRecords records;
    private final AtomicBoolean queueDue = new AtomicBoolean();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "penny-agent-relay");
        t.setDaemon(true);
        return t;
    });

    AgentRelay(AgentConnections connections, QueueView queue, HumanHandoff handoff, DeskRecords records) {
        this.connections = connections;
        this.queue = queue;
        this.handoff = handoff;
        this.records = records;
    }

    @Override
    public void onTurn(Turn turn) {
        if (turn.author() == Author.VISITOR
                && !connections.holding(turn.conversationId()).isEmpty()) {
            Frame frame = AgentFrames.turn("visitor.message", turn, null);
            thread.execute(() -> connections.holding(turn.conversationId()).forEach(c -> c.send(frame)));
        } else if (turn.author() == Author.SYSTEM && !connections.agents().isEmpty()) {
            thread.execute(() -> openTransferred(turn.conversationId()));
        }
    }

    // A conversation transferred on another node reaches the new holder's consoles here: a notice (system turn) is
    // written on every claim, transfer, release and close, and only a transfer leaves a holder this node did not know.
    private void openTransferred(ConversationId id) {
        try {
            handoff.claimOf(id).map(Claim::agent).ifPresent(holder -> {
                boolean known =
                        connections.holding(id).stream().anyMatch(c -> c.agent().equals(holder));
                if (!known && !connections.of(holder).isEmpty()) {
                    connections.holds(holder, id);
                    Frame claimed = records.claimed(id, null, null);
                    connections.of(holder).forEach(c -> c.send(claimed));
                }
            });
        } catch (RuntimeException e) {
            log.warn("Could not open a transferred conversation for its agent: {}", e.toString());
        }
    }

    /**
     * Erased at the visitor's request, on any node: every console here is told, so none keeps showing it (in the queue,
     * among held conversations or beside a left message), and the holder no longer holds it.
     */
    @Override
    public void onConversationErased(ConversationId id) {
        if (connections.agents().isEmpty()) {
            return;
        }
        Frame frame = AgentFrames.ended("erased", id, null);
        thread.execute(() -> {
            connections.released(id);
            connections.all().forEach(c -> c.send(frame));
        });
        onQueueChanged();
    }

    @Override
    public void onQueueChanged() {
        // Coalesced: a burst of handoffs sends each console one fresh queue, not one per handoff.
        if (!connections.agents().isEmpty() && queueDue.compareAndSet(false, true)) {
            thread.execute(this::pushQueue);
        }
    }

    @Override
    public void typing(ConversationId conversation, TypingSignals.Typist who) {
        if (who == TypingSignals.Typist.VISITOR) {
            connections.holding(conversation).forEach(c -> c.send(AgentFrames.typing(conversation)));
        }
    }

    private void pushQueue() {
        queueDue.set(false);
        try {
            Frame frame = AgentFrames.queue(queue.now());
            List<AgentConnection> all = connections.all();
            all.forEach(c -> c.send(frame));
        } catch (RuntimeException e) {
            log.warn("Could not push the queue to agents: {}", e.toString());
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
