package dev.penny.channels.config;

import java.time.Duration;

/**
 * How long conversations are kept.
 *
 * @param ttl a conversation (turns and state) is forgotten this long after its last write
 */
public record ConversationProperties(Duration ttl) {

    public ConversationProperties {
        ttl = ttl == null ? Duration.ofDays(1) : ttl;
    }

    static ConversationProperties defaults() {
        return new ConversationProperties(null);
    }
}
