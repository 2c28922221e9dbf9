package dev.penny.core.events;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.handoff.AgentId;
import java.time.Instant;
import java.util.Objects;

/**
 * {@code handoff.claimed}: an agent took the waiting conversation.
 *
 * @param agent who took it
 */
public record HandoffClaimed(String id, Instant at, ConversationId conversationId, AgentId agent)
        implements SupportEvent {

    public static final String TYPE = "handoff.claimed";

    public HandoffClaimed {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(agent, "agent");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
