package dev.penny.core.events;

import dev.penny.core.conversation.ConversationId;
import java.time.Instant;
import java.util.Objects;

/**
 * {@code conversation.started}: a channel began a conversation.
 *
 * @param channel which channel it came in on, e.g. {@code widget} or the name a bridge gave
 * @param externalUserId who the visitor is on that channel, when the channel knows; null otherwise
 */
public record ConversationStarted(
        String id, Instant at, ConversationId conversationId, String channel, String externalUserId)
        implements SupportEvent {

    public static final String TYPE = "conversation.started";

    public ConversationStarted {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(channel, "channel");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
