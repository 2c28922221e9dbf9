package dev.penny.core.engine;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.MessageId;
import java.util.Objects;

/**
 * A message a visitor sent, as a channel received it.
 *
 * @param conversationId the conversation the visitor's widget holds
 * @param messageId the id the widget gave the message; a re-sent message keeps it and is answered once
 * @param text what the visitor wrote, not blank, at most {@link #MAX_LENGTH} characters
 */
public record VisitorMessage(ConversationId conversationId, MessageId messageId, String text) {

    /** Longer messages are refused: support questions are short, and the LLM is billed per token. */
    public static final int MAX_LENGTH = 4000;

    public VisitorMessage {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(messageId, "messageId");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a visitor message needs text");
        }
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a visitor message has at most " + MAX_LENGTH + " characters");
        }
    }
}
