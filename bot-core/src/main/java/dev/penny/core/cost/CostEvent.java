package dev.penny.core.cost;

import dev.penny.core.conversation.ConversationId;
import java.util.Objects;

/**
 * One cost incurred (or, for {@link CostKind#ALL_LLM_BASELINE}, avoided) in a conversation.
 *
 * @param conversationId the conversation it belongs to
 * @param kind what is counted
 * @param units how many of the kind's unit (tokens, messages, seconds), not negative
 * @param microDollars what it cost, in millionths of a dollar, not negative
 */
public record CostEvent(ConversationId conversationId, CostKind kind, long units, long microDollars) {

    public CostEvent {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(kind, "kind");
        if (units < 0 || microDollars < 0) {
            throw new IllegalArgumentException("units and microDollars must not be negative");
        }
    }
}
