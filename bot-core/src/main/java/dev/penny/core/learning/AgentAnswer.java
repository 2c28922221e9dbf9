package dev.penny.core.learning;

import dev.penny.core.conversation.ConversationId;
import java.time.Instant;
import java.util.Objects;

/**
 * What an agent replied in a conversation that has a {@link MissedQuestion}: a candidate answer for the intent the
 * question may become.
 *
 * @param conversationId the conversation
 * @param text the agent's reply, with emails, phone and card numbers masked
 * @param at when the agent sent it
 */
public record AgentAnswer(ConversationId conversationId, String text, Instant at) {

    public AgentAnswer {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(at, "at");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("an agent answer needs text");
        }
    }
}
