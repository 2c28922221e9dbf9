package dev.penny.core.desk;

import dev.penny.core.conversation.ConversationId;
import java.util.Optional;

/**
 * The identity each conversation's visitor came with, for agents to see. It expires with the conversation.
 * Implementations are safe to call from many threads.
 */
public interface VisitorIdentities {

    /**
     * Keeps the identity of a conversation's visitor. An unverified identity never replaces a verified one, so a
     * forged resume cannot pass itself off as the verified user; a verified one replaces anything.
     *
     * @return true when it was kept
     */
    boolean remember(ConversationId id, VisitorIdentity identity);

    /** The identity kept for the conversation, if any. */
    Optional<VisitorIdentity> of(ConversationId id);

    /** Forgets a conversation's visitor identity at once, e.g. when the visitor asks for their data to be erased. */
    void erase(ConversationId id);
}
