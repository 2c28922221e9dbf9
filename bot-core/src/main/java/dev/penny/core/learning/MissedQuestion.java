package dev.penny.core.learning;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.MessageId;
import dev.penny.core.policy.Route;
import dev.penny.core.understanding.IntentScore;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A visitor question the FAQ did not answer: the policy sent it to the LLM, or it was handed to a person, or the
 * visitor said its FAQ answer did not help.
 *
 * @param conversationId the conversation it was asked in
 * @param messageId the visitor's message
 * @param text what the visitor wrote, with emails, phone and card numbers masked ({@code PiiMasker}): it is shown to
 *     catalog owners and may become a catalog example
 * @param route {@link Route#LLM} when the LLM answered it, {@link Route#ARTICLE} when an article excerpt did,
 *     {@link Route#HUMAN} when it went to a person, {@link
 *     Route#FAQ} when the visitor gave its FAQ answer a thumbs down
 * @param reason the decision's reason, as the agent console shows it
 * @param topIntent the classifier's best intent and its confidence, or null when it named none
 * @param at when the visitor asked
 */
public record MissedQuestion(
        ConversationId conversationId,
        MessageId messageId,
        String text,
        Route route,
        String reason,
        IntentScore topIntent,
        Instant at) {

    public MissedQuestion {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(at, "at");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a missed question needs text");
        }
        if (route == Route.CHOICE) {
            throw new IllegalArgumentException(
                    "a missed question went to the LLM, an article or a person, or had an unhelpful FAQ answer, not "
                            + route);
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a missed question needs the decision's reason");
        }
    }

    /** The classifier's best intent, if it named one. */
    public Optional<IntentScore> top() {
        return Optional.ofNullable(topIntent);
    }
}
