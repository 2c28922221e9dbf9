package dev.penny.core.handoff;

import dev.penny.core.conversation.ConversationId;
import java.time.Instant;
import java.util.Objects;

/**
 * One agent holding one conversation. While it lasts, no other agent can claim the conversation and the bot is
 * silent in it.
 *
 * @param conversationId the conversation held
 * @param agent who holds it
 * @param claimedAt when the claim began; agent time is counted from here
 */
public record Claim(ConversationId conversationId, AgentId agent, Instant claimedAt) {

    public Claim {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(claimedAt, "claimedAt");
    }
}
