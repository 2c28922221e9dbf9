package dev.penny.core.privacy;

import dev.penny.core.conversation.ConversationId;
import java.util.Objects;

/**
 * What erasing one conversation found and removed: counts only, so the receipt and the audit log hold no content.
 *
 * @param conversationId the conversation erased
 * @param turns the turns it had
 * @param leftMessages the messages left from it
 */
public record Erasure(ConversationId conversationId, int turns, int leftMessages) {

    public Erasure {
        Objects.requireNonNull(conversationId, "conversationId");
    }
}
