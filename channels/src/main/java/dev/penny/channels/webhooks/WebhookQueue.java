package dev.penny.channels.webhooks;

import java.util.List;

/**
 * Webhook bodies waiting to be delivered, in the order they were added: in this process, or in Redis so that they
 * survive a restart and any node may deliver them. One deliverer at a time reads the queue, in order, so events
 * reach the receiver in order.
 */
public interface WebhookQueue {

    /** A body waiting for delivery, with its position in the queue. */
    record Entry(String position, String body) {}

    /** Adds bodies at the end, in order, in one go. */
    void addAll(List<String> bodies);

    /** Up to {@code max} entries after the last one delivered, oldest first. */
    List<Entry> next(int max);

    /** Marks an entry, and so every entry before it, delivered. */
    void delivered(Entry entry);

    /**
     * True while this process may deliver: it holds (or just took) the lease that lets one node deliver at a time.
     * Called before every batch, it also extends the lease.
     */
    boolean mayDeliver();

    /** Gives the lease up, so another node takes over at once. */
    default void release() {}

    /**
     * Drops the bodies not yet delivered that are about a conversation, when it is erased; a batch already being
     * delivered goes out.
     *
     * @return how many were dropped
     */
    int erase(String conversationId);

    /** Whether a queued body is about the conversation, read from its {@code conversationId}. */
    static boolean isAbout(String body, String conversationId) {
        return conversationId.equals(WebhookPayload.conversationOf(body));
    }
}
