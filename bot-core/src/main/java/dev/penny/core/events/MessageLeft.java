package dev.penny.core.events;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.handoff.LeftMessage;
import java.time.Instant;
import java.util.Objects;

/**
 * {@code message.left}: with nobody online, the visitor left a message for the team to answer by email.
 *
 * @param email where to answer
 * @param text what the visitor wants
 */
public record MessageLeft(String id, Instant at, ConversationId conversationId, String email, String text)
        implements SupportEvent {

    public static final String TYPE = "message.left";

    public MessageLeft {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(text, "text");
    }

    /** The event for a message just kept. */
    public static MessageLeft of(LeftMessage message) {
        return new MessageLeft(
                SupportEvent.newId(), message.at(), message.conversationId(), message.email(), message.text());
    }

    @Override
    public String type() {
        return TYPE;
    }
}
