package dev.penny.core.feedback;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.MessageId;
import dev.penny.core.policy.Route;
import java.time.Instant;
import java.util.Objects;

/**
 * A visitor's thumbs up or down on one bot answer; the last one given on a turn counts.
 *
 * @param conversationId the conversation of the answer
 * @param turnId the bot turn rated
 * @param helpful thumbs up (true) or down (false)
 * @param comment the visitor's optional words, personal data masked; empty when none
 * @param route how the bot answered (faq, choice, llm, human)
 * @param intentId the intent a FAQ answer came from, or empty
 * @param catalogVersion the catalog version served when the feedback arrived, e.g. {@code v3}
 * @param at when it was given
 */
public record AnswerFeedback(
        ConversationId conversationId,
        MessageId turnId,
        boolean helpful,
        String comment,
        Route route,
        String intentId,
        String catalogVersion,
        Instant at) {

    /** The longest comment kept, in characters. */
    public static final int MAX_COMMENT = 500;

    public AnswerFeedback {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(turnId, "turnId");
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(catalogVersion, "catalogVersion");
        Objects.requireNonNull(at, "at");
        comment = comment == null ? "" : comment;
        intentId = intentId == null ? "" : intentId;
        if (comment.length() > MAX_COMMENT) {
            throw new IllegalArgumentException("a comment has at most " + MAX_COMMENT + " characters");
        }
    }
}
