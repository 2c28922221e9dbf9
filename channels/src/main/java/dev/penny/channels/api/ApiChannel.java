package dev.penny.channels.api;

import dev.penny.core.channel.Channel;
import dev.penny.core.channel.ConversationUpdate;

/**
 * The HTTP message API as a {@link Channel}, named by the bridge ({@code slack}, {@code whatsapp}; {@code api} when it
 * names none). Replies go back in the response. It follows no conversation: a bridge has no connection Penny could
 * deliver to, so it hears what happens later as webhooks ({@code message.created} with author agent, {@code
 * handoff.claimed}, {@code conversation.closed}), which reach it once from whichever node it happened on.
 */
record ApiChannel(String name) implements Channel {

    ApiChannel {
        name = name == null || name.isBlank() ? "api" : name;
    }

    @Override
    public void deliver(ConversationUpdate update) {
        throw new UnsupportedOperationException(
                "the HTTP message API follows no conversation; updates go out as webhooks");
    }
}
