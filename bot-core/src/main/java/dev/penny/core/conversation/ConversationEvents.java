package dev.penny.core.conversation;

/**
 * Tells every Penny node what happened in conversations, so that a turn written on one node reaches the visitor's
 * or the agent's socket on another, and agent consoles everywhere see the queue change.
 *
 * <p>Events are notifications, not storage: the {@link ConversationStore} already holds every turn, and a client
 * that missed an event (a node restart, a dropped connection) catches up from the store when it resumes.
 * Listeners are called on the implementation's thread and must not block.
 */
public interface ConversationEvents {

    /** Announces a turn that was just appended to the store. */
    void turnAppended(Turn turn);

    /** Announces that the queue of conversations waiting for an agent changed (enqueued, claimed, released). */
    void queueChanged();

    /**
     * Announces that a conversation was erased, so that every node closes the sockets still open on it and no client
     * goes on showing or writing to it.
     */
    void conversationErased(ConversationId id);

    /** Registers a listener on this node; close the returned subscription to stop. */
    Subscription subscribe(Listener listener);

    /** Receives events from every node, this one included. */
    interface Listener {
        void onTurn(Turn turn);

        default void onQueueChanged() {}

        default void onConversationErased(ConversationId id) {}
    }

    /** A registration that can be cancelled. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
