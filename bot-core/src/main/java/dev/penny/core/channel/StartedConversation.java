package dev.penny.core.channel;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.ResumeToken;
import java.util.Objects;

/**
 * A conversation a channel just started.
 *
 * @param id the public id: what logs, the console, events and webhooks show
 * @param resumeToken the secret that resumes it; give it to the visitor's client only, never log it. A channel whose
 *     visitors never resume (a bridge that keeps its own mapping) may drop it
 */
public record StartedConversation(ConversationId id, ResumeToken resumeToken) {

    public StartedConversation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(resumeToken, "resumeToken");
    }
}
