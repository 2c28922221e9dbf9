package dev.penny.core.conversation;

import dev.penny.core.policy.Decision;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One message in a conversation, as stored and as sent to the widget and the agent console.
 *
 * <p>Build turns with the factories, which keep the rules below: a visitor turn has no source and no decision; a bot
 * turn always carries the {@link Decision} that produced it, so an agent can see why the bot said what it said.
 *
 * @param id unique within the conversation
 * @param conversationId the conversation this turn belongs to
 * @param author who wrote it
 * @param source where the text came from; null for visitor turns, {@link Source#AGENT} for agent turns and
 *     {@link Source#SYSTEM} for system turns
 * @param text what was written; for bot and agent turns links are Markdown
 * @param quickReplies suggested next messages for the visitor, possibly empty
 * @param at when Penny accepted or wrote it
 * @param decision the escalation decision behind a bot turn; null for every other author
 */
public record Turn(
        MessageId id,
        ConversationId conversationId,
        Author author,
        Source source,
        String text,
        List<String> quickReplies,
        Instant at,
        Decision decision) {

    public Turn {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(at, "at");
        quickReplies = quickReplies == null ? List.of() : List.copyOf(quickReplies);
        if ((author == Author.VISITOR) != (source == null)) {
            throw new IllegalArgumentException("visitor turns, and only they, have no source");
        }
        if ((author == Author.BOT) != (decision != null)) {
            throw new IllegalArgumentException("bot turns, and only they, carry a decision");
        }
        if (author == Author.AGENT && source != Source.AGENT || author == Author.SYSTEM && source != Source.SYSTEM) {
            throw new IllegalArgumentException(author + " turns have source " + author);
        }
    }

    /** What a visitor wrote. */
    public static Turn visitor(MessageId id, ConversationId conversationId, String text, Instant at) {
        return new Turn(id, conversationId, Author.VISITOR, null, text, List.of(), at, null);
    }

    /** What the bot answered, and why. */
    public static Turn bot(
            MessageId id,
            ConversationId conversationId,
            Source source,
            String text,
            List<String> quickReplies,
            Instant at,
            Decision decision) {
        return new Turn(id, conversationId, Author.BOT, source, text, quickReplies, at, decision);
    }

    /** What an agent wrote. */
    public static Turn agent(MessageId id, ConversationId conversationId, String text, Instant at) {
        return new Turn(id, conversationId, Author.AGENT, Source.AGENT, text, List.of(), at, null);
    }

    /** A notice about the conversation, such as an agent joining. */
    public static Turn system(MessageId id, ConversationId conversationId, String text, Instant at) {
        return new Turn(id, conversationId, Author.SYSTEM, Source.SYSTEM, text, List.of(), at, null);
    }
}
