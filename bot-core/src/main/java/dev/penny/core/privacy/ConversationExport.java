package dev.penny.core.privacy;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.ConversationState;
import dev.penny.core.conversation.Turn;
import dev.penny.core.cost.CostTotals;
import dev.penny.core.feedback.AnswerFeedback;
import dev.penny.core.feedback.ConversationRating;
import dev.penny.core.handoff.LeftMessage;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything Penny keeps about one conversation, as its visitor may ask to see it.
 *
 * @param conversationId the conversation
 * @param state who answers it now; empty once its turns expired while other data (a left message) is still kept
 * @param turns every turn, oldest first
 * @param costs what it cost, by kind
 * @param feedback the visitor's thumbs on bot answers
 * @param rating the visitor's rating, if they gave one
 * @param leftMessages the messages the visitor left from it for the team, oldest first
 */
public record ConversationExport(
        ConversationId conversationId,
        Optional<ConversationState> state,
        List<Turn> turns,
        CostTotals costs,
        List<AnswerFeedback> feedback,
        Optional<ConversationRating> rating,
        List<LeftMessage> leftMessages) {

    public ConversationExport {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(costs, "costs");
        Objects.requireNonNull(rating, "rating");
        turns = List.copyOf(turns);
        feedback = List.copyOf(feedback);
        leftMessages = List.copyOf(leftMessages);
    }

    /** True when nothing at all is kept: the conversation is unknown, expired or erased. */
    public boolean isEmpty() {
        return state.isEmpty()
                && turns.isEmpty()
                && costs.equals(CostTotals.NONE)
                && feedback.isEmpty()
                && rating.isEmpty()
                && leftMessages.isEmpty();
    }
}
