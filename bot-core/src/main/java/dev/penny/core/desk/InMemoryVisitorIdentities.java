package dev.penny.core.desk;

import dev.penny.core.conversation.ConversationId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Identities in this process's memory, each dropped once {@code ttl} passed since it was kept. */
public final class InMemoryVisitorIdentities implements VisitorIdentities {

    private record Kept(VisitorIdentity identity, Instant until) {}

    private final Map<ConversationId, Kept> identities = new HashMap<>();
    private final Clock clock;
    private final Duration ttl;

    public InMemoryVisitorIdentities(Clock clock, Duration ttl) {
        this.clock = clock;
        this.ttl = ttl;
    }

    @Override
    public synchronized boolean remember(ConversationId id, VisitorIdentity identity) {
        Optional<VisitorIdentity> before = of(id);
        if (before.isPresent() && before.get().verified() && !identity.verified()) {
            return false;
        }
        identities.put(id, new Kept(identity, clock.instant().plus(ttl)));
        return true;
    }

    @Override
    public synchronized Optional<VisitorIdentity> of(ConversationId id) {
        Instant now = clock.instant();
        identities.values().removeIf(k -> !now.isBefore(k.until()));
        return Optional.ofNullable(identities.get(id)).map(Kept::identity);
    }

    @Override
    public synchronized void erase(ConversationId id) {
        identities.remove(id);
    }
}
