package dev.penny.channels.dispatch;

import dev.penny.core.conversation.Author;
import dev.penny.core.conversation.ConversationEvents;
import dev.penny.core.conversation.ConversationState;
import dev.penny.core.conversation.Turn;
import dev.penny.core.engine.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Announces stored turns and queue changes to every node, off the thread that answered, so that a publish round trip
 * to Redis never delays the next batch. One thread keeps the announcements in order. Announcements are never dropped;
 * the backlog is bounded by refusing new visitor messages while it is {@link #backlogged()} (the batcher asks).
 */
public final class TurnAnnouncer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TurnAnnouncer.class);

    private final ConversationEvents events;
    private final int capacity;
    private final ThreadPoolExecutor thread =
            new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "penny-announce");
                t.setDaemon(true);
                return t;
            });

    public TurnAnnouncer(ConversationEvents events) {
        this(events, 10_000);
    }

    /** @param capacity announcements waiting beyond which new visitor messages are refused as busy */
    public TurnAnnouncer(ConversationEvents events, int capacity) {
        this.events = events;
        this.capacity = capacity;
    }

    /** True while as many announcements wait as the capacity allows. */
    public boolean backlogged() {
        return thread.getQueue().size() >= capacity;
    }

    /** Announces turns in order, then, if {@code queueChanged}, that the agents' queue changed. */
    public void announce(List<Turn> turns, boolean queueChanged) {
        if (turns.isEmpty() && !queueChanged) {
            return;
        }
        thread.execute(() -> {
            try {
                turns.forEach(events::turnAppended);
                if (queueChanged) {
                    events.queueChanged();
                }
            } catch (RuntimeException e) {
                // The turns are stored; clients that miss the event catch up when they resume.
                log.warn("Could not announce {} turns: {}", turns.size(), e.toString());
            }
        });
    }

    /**
     * Announces what came of a visitor's message that some node relays: the visitor's turn while a person answers
     * (the agent holding it, on any node, shows it), and the notices; the bot's own answers go only to the channel
     * that asked. A re-sent message was announced the first time.
     */
    public void announce(Reply reply) {
        if (reply.alreadyAccepted()) {
            return;
        }
        List<Turn> turns = new ArrayList<>(1 + reply.botTurns().size());
        // Each announcement costs a publish and a parse on every node. An agent claims only a conversation waiting in
        // the queue, and a conversation's messages are answered one at a time, so none holds a conversation the bot
        // answered; while it waits, an agent may claim it on any node at any moment.
        if (reply.state() != ConversationState.BOT) {
            turns.add(reply.visitorTurn());
        }
        reply.botTurns().stream().filter(turn -> turn.author() != Author.BOT).forEach(turns::add);
        announce(turns, reply.handedOff());
    }

    @Override
    public void close() {
        thread.shutdown();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
