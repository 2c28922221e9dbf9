package dev.penny.core.feedback;

import dev.penny.core.conversation.ConversationId;
import java.time.Instant;
import java.util.Objects;

/**
 * A visitor's 1–5 rating of a conversation an agent answered; the last one given counts.
 *
 * @param conversationId the conversation rated
 * @param score 1 (poor) to 5 (excellent)
 * @param comment the visitor's optional words, personal data masked; empty when none
 * @param catalogVersion the catalog version served when the rating arrived
 * @param at when it was given
 */
public record ConversationRating(
        ConversationId conversationId, int score, String comment, String catalogVersion, Instant at) {

    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;

    public ConversationRating {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(catalogVersion, "catalogVersion");
        Objects.requireNonNull(at, "at");
        comment = comment == null ? "" : comment;
        if (score < LOWEST || score > HIGHEST) {
            throw new IllegalArgumentException("a rating is from " + LOWEST + " to " + HIGHEST + ", was " + score);
        }
        if (comment.length() > AnswerFeedback.MAX_COMMENT) {
            throw new IllegalArgumentException("a comment has at most " + AnswerFeedback.MAX_COMMENT + " characters");
        }
    }
}
