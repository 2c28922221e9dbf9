package dev.penny.core.desk;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.handoff.AgentId;
import java.time.Instant;
import java.util.Objects;

/**
 * An internal note an agent wrote on a conversation, for the team: it is never a turn, so the visitor never sees it.
 *
 * @param conversationId the conversation it is about
 * @param author the agent who wrote it
 * @param text what they wrote, at most {@link #MAX_LENGTH} characters
 * @param at when
 */
public record Note(ConversationId conversationId, AgentId author, String text, Instant at) {

    public static final int MAX_LENGTH = 4000;

    public Note {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(at, "at");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a note needs text");
        }
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a note has at most " + MAX_LENGTH + " characters");
        }
    }
}
