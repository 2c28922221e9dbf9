package dev.penny.core.channel;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.Turn;
import java.util.Objects;

/**
 * Something that happened in a conversation after the visitor's last reply, for the channel to tell the visitor.
 *
 * @param kind what happened
 * @param turn the stored turn to show: the agent's message, or Penny's notice of the change in the catalog's language
 */
public record ConversationUpdate(Kind kind, Turn turn) {

    /** What happened. */
    public enum Kind {
        /** An agent wrote to the visitor. */
        AGENT_MESSAGE,
        /** An agent took the conversation from the queue. */
        AGENT_JOINED,
        /** The agent handed the conversation back to the bot. */
        BACK_TO_BOT,
        /** The agent closed the conversation; a visitor who writes again reopens it with the bot. */
        CLOSED
    }

    public ConversationUpdate {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(turn, "turn");
    }

    /** The conversation it happened in. */
    public ConversationId conversationId() {
        return turn.conversationId();
    }
}
