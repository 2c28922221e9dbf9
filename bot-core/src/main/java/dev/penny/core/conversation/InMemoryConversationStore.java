package dev.penny.core.conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The conversation store Penny uses when no Redis is configured: one process, nothing survives a restart.
 *
 * <p>One lock guards everything. A support chat writes a few turns a minute per conversation, so contention is
 * negligible, and a single lock makes expiry and idempotent appends obviously correct.
 */
public final class InMemoryConversationStore implements ConversationStore {

    private final Clock clock;
    private final Duration timeToLive;
    private final Map<ConversationId, StoredConversation> conversations = new HashMap<>();
    private Instant nextSweep;

    /**
     * @param timeToLive how long a conversation is kept after its last write
     */
    public InMemoryConversationStore(Clock clock, Duration timeToLive) {
        this.clock = Objects.requireNonNull(clock, "clock");
        if (timeToLive.isNegative() || timeToLive.isZero()) {
            throw new IllegalArgumentException("timeToLive must be positive");
        }
        this.timeToLive = timeToLive;
        this.nextSweep = clock.instant().plus(timeToLive);
    }

    @Override
    public synchronized boolean append(Turn turn) {
        StoredConversation conversation = writable(turn.conversationId());
        if (!conversation.ids.add(turn.id())) {
            return false;
        }
        conversation.turns.add(turn);
        return true;
    }

    @Override
    public synchronized List<Turn> transcript(ConversationId id) {
        return live(id).map(c -> List.copyOf(c.turns)).orElse(List.of());
    }

    @Override
    public synchronized int turnCount(ConversationId id) {
        return live(id).map(c -> c.turns.size()).orElse(0);
    }

    @Override
    public synchronized List<Turn> turnsAfter(ConversationId id, MessageId lastSeen) {
        List<Turn> turns = transcript(id);
        for (int i = 0; i < turns.size(); i++) {
            if (turns.get(i).id().equals(lastSeen)) {
                return turns.subList(i + 1, turns.size());
            }
        }
        return turns;
    }

    @Override
    public synchronized List<Turn> recentTurns(ConversationId id, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
        List<Turn> turns = transcript(id);
        return turns.subList(Math.max(0, turns.size() - count), turns.size());
    }

    @Override
    public synchronized Optional<ConversationState> state(ConversationId id) {
        return live(id).flatMap(c -> Optional.ofNullable(c.state));
    }

    @Override
    public synchronized void setState(ConversationId id, ConversationState state) {
        writable(id).state = Objects.requireNonNull(state, "state");
    }

    @Override
    public synchronized boolean erase(ConversationId id) {
        boolean live = live(id).isPresent();
        conversations.remove(id);
        return live;
    }

    private Optional<StoredConversation> live(ConversationId id) {
        StoredConversation conversation = conversations.get(id);
        if (conversation == null || conversation.expiredAt(clock.instant(), timeToLive)) {
            return Optional.empty();
        }
        return Optional.of(conversation);
    }

    private StoredConversation writable(ConversationId id) {
        Instant now = clock.instant();
        sweepIfDue(now);
        StoredConversation conversation = live(id).orElseGet(StoredConversation::new);
        conversation.lastWrite = now;
        conversations.put(id, conversation);
        return conversation;
    }

    // Expired conversations are invisible at once; memory is reclaimed in a sweep at most once per time to live.
    private void sweepIfDue(Instant now) {
        if (now.isBefore(nextSweep)) {
            return;
        }
        conversations.values().removeIf(c -> c.expiredAt(now, timeToLive));
        nextSweep = now.plus(timeToLive);
    }

    private static final class StoredConversation {
        final List<Turn> turns = new ArrayList<>();
        final Set<MessageId> ids = new HashSet<>();
        ConversationState state;
        Instant lastWrite;

        boolean expiredAt(Instant now, Duration timeToLive) {
            return !now.isBefore(lastWrite.plus(timeToLive));
        }
    }
}
