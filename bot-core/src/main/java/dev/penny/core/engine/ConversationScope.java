package dev.penny.core.engine;

import dev.penny.core.conversation.ConversationId;

/**
 * Runs the part of answering that concerns one conversation, so a channel can tag what it logs with the
 * conversation (a logging context, say) when the engine answers a batch of conversations on one thread.
 */
@FunctionalInterface
public interface ConversationScope {

    void run(ConversationId id, Runnable work);

    /** No context: the work just runs. */
    static ConversationScope none() {
        return (id, work) -> work.run();
    }
}
