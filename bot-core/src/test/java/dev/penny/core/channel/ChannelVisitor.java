package dev.penny.core.channel;

import dev.penny.core.conversation.ConversationId;
import java.util.List;

/**
 * A visitor at the far end of the channel under test, driven as that channel's real client would drive it: the widget's
 * socket, a bridge's HTTP calls, or a channel's own transport.
 */
public interface ChannelVisitor extends AutoCloseable {

    /** The conversation this visitor started, by its public id. */
    ConversationId conversation();

    /** Sends a message with the client's own id for it and returns what the channel answered. */
    Answer send(String messageId, String text);

    /**
     * The next update the channel told this visitor about later in the conversation, waiting up to a few seconds; null
     * when none came.
     */
    Update nextUpdate();

    @Override
    void close();

    /**
     * What the channel answered a message.
     *
     * @param turnIds the ids of the answer's turns, in order
     * @param texts their texts
     * @param route the bot's route, lower case ({@code faq}, {@code human}, …)
     * @param state who answers the conversation now, lower case ({@code bot}, {@code waiting_for_agent}, …)
     */
    record Answer(List<String> turnIds, List<String> texts, String route, String state) {}

    /**
     * Something the visitor was told later.
     *
     * @param text the agent's message; for the other kinds whatever the channel shows, or null
     */
    record Update(ConversationUpdate.Kind kind, String text) {}
}
