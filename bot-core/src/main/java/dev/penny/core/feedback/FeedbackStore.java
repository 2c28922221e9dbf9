package dev.penny.core.feedback;

import dev.penny.core.conversation.ConversationId;
import java.util.List;
import java.util.Optional;

/**
 * Keeps visitors' feedback with its conversation, and counts it per catalog version.
 *
 * <p>Feedback expires with its conversation; the counts are kept for reports. Giving feedback again on the same turn
 * (or rating the same conversation again) replaces the earlier one, in the store and in the counts, atomically: the
 * counts always equal the last word of every visitor.
 */
public interface FeedbackStore {

    /** Stores {@code feedback}, replacing any earlier on its turn; returns the one replaced. */
    Optional<AnswerFeedback> give(AnswerFeedback feedback);

    /** The feedback on a conversation's turns, one per turn, in no particular order. */
    List<AnswerFeedback> feedbackOn(ConversationId id);

    /** Stores a rating, replacing any earlier one of the conversation; returns the one replaced. */
    Optional<ConversationRating> rate(ConversationRating rating);

    /** The conversation's rating, if it was rated. */
    Optional<ConversationRating> rating(ConversationId id);

    /**
     * Forgets a conversation's feedback and rating at once, e.g. when its visitor asks for their data to be erased.
     * The counts keep them: they are sums per catalog version and say nothing about one visitor.
     */
    void erase(ConversationId id);

    /** What was counted for a catalog version; {@link FeedbackCounts#NONE} when nothing was. */
    FeedbackCounts counts(String catalogVersion);
}
