package dev.penny.channels.dispatch;

import dev.penny.core.conversation.ConversationEvents;
import dev.penny.core.conversation.Turn;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Announces stored turns and queue changes to every node, off the thread that answered, so that a publish round trip
 * to Redis never delays the next batch. One thread keeps the announcements in order.
 */
public final class TurnAnnouncer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TurnAnnouncer.class);

    private final ConversationEvents events;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "penny-announce");
        t.setDaemon(true);
        return t;
    });

    public TurnAnnouncer(ConversationEvents events) {
        this.events = events;
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
