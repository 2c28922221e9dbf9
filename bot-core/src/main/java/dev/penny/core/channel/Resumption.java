package dev.penny.core.channel;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.ConversationState;
import dev.penny.core.conversation.Turn;
import java.util.List;
import java.util.Objects;

/**
 * A conversation a visitor resumed with its token, perhaps on another node.
 *
 * @param id the conversation's public id
 * @param state who answers it now
 * @param missed the turns after the last one the client had, oldest first (all of them when it named none)
 */
public record Resumption(ConversationId id, ConversationState state, List<Turn> missed) {

    public Resumption {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        missed = List.copyOf(missed);
    }
}
