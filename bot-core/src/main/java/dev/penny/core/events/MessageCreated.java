package dev.penny.core.events;

import dev.penny.core.conversation.Author;
import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.Source;
import dev.penny.core.conversation.Turn;
import dev.penny.core.policy.Route;
import java.time.Instant;
import java.util.Objects;

/**
 * {@code message.created}: a turn was stored: a visitor's message (once, however often it was re-sent), the bot's
 * answer, an agent's reply or a notice.
 *
 * @param turn the turn as stored
 */
public record MessageCreated(String id, Instant at, Turn turn) implements SupportEvent {

    public static final String TYPE = "message.created";

    public MessageCreated {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(turn, "turn");
    }

    /** The event for a turn just stored, at the turn's time. */
    public static MessageCreated of(Turn turn) {
        return new MessageCreated(SupportEvent.newId(), turn.at(), turn);
    }

    @Override
    public ConversationId conversationId() {
        return turn.conversationId();
    }

    @Override
    public String type() {
        return TYPE;
    }

    /** Who wrote it. */
    public Author author() {
        return turn.author();
    }

    /** Where the text came from; null for a visitor's message. */
    public Source source() {
        return turn.source();
    }

    /** The route the bot took for its turn; null for every other author. */
    public Route route() {
        return turn.decision() == null ? null : turn.decision().route();
    }
}
