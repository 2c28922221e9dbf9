package dev.penny.core.conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/** {@link ResumeTokens} in a map, for one node; expired hashes are dropped when checked. */
public final class InMemoryResumeTokens implements ResumeTokens {

    private record Held(String hash, Instant expires) {}

    private final Clock clock;
    private final Duration ttl;
    private final ConcurrentHashMap<ConversationId, Held> hashes = new ConcurrentHashMap<>();

    public InMemoryResumeTokens(Clock clock, Duration ttl) {
        this.clock = clock;
        this.ttl = ttl;
    }

    @Override
    public ResumeToken issue(ConversationId conversationId) {
        ResumeToken token = ResumeToken.issue(conversationId);
        hashes.put(conversationId, new Held(token.secretHash(), clock.instant().plus(ttl)));
        return token;
    }

    @Override
    public boolean matches(ResumeToken token) {
        Instant now = clock.instant();
        Held held = hashes.computeIfPresent(
                token.conversationId(), (id, h) -> h.expires().isAfter(now) ? h : null);
        if (held == null || !token.hashes(held.hash())) {
            return false;
        }
        hashes.computeIfPresent(token.conversationId(), (id, h) -> new Held(h.hash(), now.plus(ttl)));
        return true;
    }

    @Override
    public void keepAlive(ConversationId conversationId) {
        Instant now = clock.instant();
        hashes.computeIfPresent(
                conversationId, (id, h) -> h.expires().isAfter(now) ? new Held(h.hash(), now.plus(ttl)) : null);
    }

    @Override
    public void erase(ConversationId conversationId) {
        hashes.remove(conversationId);
    }
}
