package dev.penny.channels.webhooks;

import dev.penny.core.conversation.ConversationEvents;
import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.Turn;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drops a conversation's undelivered webhook events when it is erased, however the erasure came (the privacy API or a
 * team's own code calling {@code PersonalData}), on its own thread: the event listeners must not block, and the
 * queue may be long.
 */
final class WebhookErasure implements ConversationEvents.Listener, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WebhookErasure.class);

    private final WebhookQueue queue;
    private final ConversationEvents.Subscription subscription;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "penny-webhook-erasure");
        t.setDaemon(true);
        return t;
    });

    WebhookErasure(WebhookQueue queue, ConversationEvents events) {
        this.queue = queue;
        this.subscription = events.subscribe(this);
    }

    @Override
    public void onTurn(Turn turn) {}

    @Override
    public void onConversationErased(ConversationId id) {
        thread.execute(() -> {
            try {
                int dropped = queue.erase(id.value());
                if (dropped > 0) {
                    log.info("Dropped {} undelivered webhook events of an erased conversation", dropped);
                }
            } catch (RuntimeException e) {
                log.warn("Could not drop the undelivered webhook events of an erased conversation: {}", e.toString());
            }
        });
    }

    @Override
    public void close() {
        subscription.close();
        thread.shutdown();
    }
}
