package dev.penny.core.cost;

import dev.penny.core.conversation.ConversationId;
import java.util.Objects;

/**
 * One cost incurred (or, for {@link CostKind#ALL_LLM_BASELINE}, avoided) in a conversation, or outside any (the
 * editor's LLM calls, {@link #outsideConversations}).
 *
 * @param conversationId the conversation it belongs to; null exactly when the kind is not {@linkplain
 *     CostKind#ofConversation() of a conversation}
 * @param kind what is counted
 * @param units how many of the kind's unit (tokens, messages, seconds), not negative
 * @param microDollars what it cost, in millionths of a dollar, not negative
 */
public record CostEvent(ConversationId conversationId, CostKind kind, long units, long microDollars) {

    public CostEvent {
        Objects.requireNonNull(kind, "kind");
        if ((conversationId == null) == kind.ofConversation()) {
            throw new IllegalArgumentException(
                    kind.ofConversation()
                            ? "a cost of kind " + kind + " belongs to a conversation"
                            : "a cost of kind " + kind + " belongs to no conversation");
        }
        if (units < 0 || microDollars < 0) {
            throw new IllegalArgumentException("units and microDollars must not be negative");
        }
    }

    /** A cost that belongs to no conversation, e.g. {@link CostKind#EDITOR_LLM_INPUT_TOKENS}. */
    public static CostEvent outsideConversations(CostKind kind, long units, long microDollars) {
        return new CostEvent(null, kind, units, microDollars);
    }
}
