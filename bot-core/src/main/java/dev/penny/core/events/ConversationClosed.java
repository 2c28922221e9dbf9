package dev.penny.core.events;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.handoff.AgentId;
import java.time.Instant;
import java.util.Objects;

/**
 * {@code conversation.closed}: an agent ended the conversation. A visitor who writes again reopens it with the bot.
 *
 * @param agent who closed it
 */
public record ConversationClosed(String id, Instant at, ConversationId conversationId, AgentId agent)
        implements SupportEvent {

    public static final String TYPE = "conversation.closed";

    public ConversationClosed {
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
