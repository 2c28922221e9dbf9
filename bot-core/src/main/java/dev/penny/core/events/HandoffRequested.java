package dev.penny.core.events;

import dev.penny.core.conversation.ConversationId;
import java.time.Instant;
import java.util.Objects;

/**
 * {@code handoff.requested}: the conversation was put in the agents' queue.
 *
 * @param reason why the bot handed it off, as the agent console shows it
 * @param agentsOnline how many agents were online then; with none, the visitor was invited to leave a message
 */
public record HandoffRequested(String id, Instant at, ConversationId conversationId, String reason, int agentsOnline)
        implements SupportEvent {

    public static final String TYPE = "handoff.requested";

    public HandoffRequested {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
