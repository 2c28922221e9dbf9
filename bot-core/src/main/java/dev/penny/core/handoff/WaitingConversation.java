package dev.penny.core.handoff;

import dev.penny.core.conversation.ConversationId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A conversation in the agents' queue.
 *
 * @param conversationId the conversation waiting
 * @param summary what the agent should know before claiming it: the question and why the bot handed off
 * @param waitingSince when it entered the queue; the queue is ordered by it, longest wait first
 */
public record WaitingConversation(ConversationId conversationId, String summary, Instant waitingSince) {

    public WaitingConversation {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(waitingSince, "waitingSince");
    }

    /** How long the visitor has waited by {@code now}. */
    public Duration waited(Instant now) {
        return Duration.between(waitingSince, now);
    }
}
