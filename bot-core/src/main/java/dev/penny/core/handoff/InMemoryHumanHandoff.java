package dev.penny.core.handoff;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.ConversationState;
import dev.penny.core.conversation.ConversationStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The handoff queue Penny uses when no Redis is configured: agents and visitors must reach the same process.
 *
 * <p>One lock guards everything, which is what makes a claim atomic; handoffs are rare next to messages, so the lock is
 * never contended for long. Expired entries are dropped whenever the state is touched.
 */
public final class InMemoryHumanHandoff implements HumanHandoff {

    private final Clock clock;
    private final HandoffExpiry expiry;
    private final int maxWaiting;
    private final Map<ConversationId, WaitingConversation> waiting = new LinkedHashMap<>();
    private final Map<ConversationId, Claim> claims = new HashMap<>();
    private final Map<AgentId, Instant> onlineUntil = new HashMap<>();
    private final List<LeftMessage> leftMessages = new ArrayList<>();

    /** A queue without a cap. */
    public InMemoryHumanHandoff(Clock clock, HandoffExpiry expiry) {
        this(clock, expiry, Integer.MAX_VALUE);
    }

    /** A queue that {@link #handOff hands off} at most {@code maxWaiting} conversations at a time. */
    public InMemoryHumanHandoff(Clock clock, HandoffExpiry expiry, int maxWaiting) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.expiry = Objects.requireNonNull(expiry, "expiry");
        if (maxWaiting < 1) {
            throw new IllegalArgumentException("maxWaiting must be at least 1");
        }
        this.maxWaiting = maxWaiting;
    }

    // Under the lock, so the cap holds however many visitors are handed off at once.
    @Override
    public synchronized HandoffOutcome handOff(ConversationId id, String summary, ConversationStore store) {
        expire();
        if (waiting.containsKey(id) || claims.containsKey(id)) {
            return HandoffOutcome.UNCHANGED;
        }
        if (waiting.size() >= maxWaiting) {
            return HandoffOutcome.QUEUE_FULL;
        }
        store.setState(id, ConversationState.WAITING_FOR_AGENT);
        return enqueue(id, summary) ? HandoffOutcome.QUEUED : HandoffOutcome.UNCHANGED;
    }

    @Override
    public synchronized boolean enqueue(ConversationId id, String summary) {
        Instant now = expire();
        if (waiting.containsKey(id) || claims.containsKey(id)) {
            return false;
        }
        waiting.put(id, new WaitingConversation(id, summary, now));
        return true;
    }

    @Override
    public synchronized List<WaitingConversation> queue() {
        expire();
        // Stable sort: conversations queued in the same instant keep their arrival order.
        return waiting.values().stream()
                .sorted(Comparator.comparing(WaitingConversation::waitingSince))
                .toList();
    }

    @Override
    public synchronized Optional<Claim> claim(ConversationId id, AgentId agent) {
        Instant now = expire();
        if (waiting.remove(id) == null) {
            return Optional.empty();
        }
        Claim claim = new Claim(id, agent, now);
        claims.put(id, claim);
        return Optional.of(claim);
    }

    @Override
    public synchronized Optional<Claim> claimOf(ConversationId id) {
        expire();
        return Optional.ofNullable(claims.get(id));
    }

    @Override
    public synchronized List<Claim> heldBy(AgentId agent) {
        expire();
        return claims.values().stream()
                .filter(c -> c.agent().equals(agent))
                .sorted(Comparator.comparing(Claim::claimedAt))
                .toList();
    }

    @Override
    public synchronized Optional<Claim> transfer(ConversationId id, AgentId from, AgentId to) {
        Instant now = expire();
        Claim held = claims.get(id);
        if (held == null || !held.agent().equals(from)) {
            return Optional.empty();
        }
        Claim transferred = new Claim(id, to, now);
        claims.put(id, transferred);
        return Optional.of(transferred);
    }

    @Override
    public synchronized Optional<Claim> release(ConversationId id) {
        expire();
        waiting.remove(id);
        return Optional.ofNullable(claims.remove(id));
    }

    @Override
    public synchronized void agentOnline(AgentId agent) {
        onlineUntil.put(agent, expire().plus(expiry.agentPresence()));
    }

    @Override
    public synchronized void agentOffline(AgentId agent) {
        onlineUntil.remove(agent);
    }

    @Override
    public synchronized boolean isOnline(AgentId agent) {
        expire();
        return onlineUntil.containsKey(agent);
    }

    @Override
    public synchronized int agentsOnline() {
        expire();
        return onlineUntil.size();
    }

    @Override
    public synchronized void leaveMessage(LeftMessage message) {
        expire();
        leftMessages.add(Objects.requireNonNull(message, "message"));
    }

    @Override
    public synchronized List<LeftMessage> leftMessages() {
        expire();
        return leftMessages.stream()
                .sorted(Comparator.comparing(LeftMessage::at))
                .toList();
    }

    @Override
    public synchronized int erase(ConversationId id) {
        expire();
        waiting.remove(id);
        claims.remove(id);
        int before = leftMessages.size();
        leftMessages.removeIf(m -> m.conversationId().equals(id));
        return before - leftMessages.size();
    }

    @Override
    public synchronized List<LeftMessage> eraseLeftMessages(String email) {
        expire();
        List<LeftMessage> erased = leftMessages.stream()
                .filter(m -> m.sentFrom(email))
                .sorted(Comparator.comparing(LeftMessage::at))
                .toList();
        leftMessages.removeAll(erased);
        return erased;
    }

    /** Drops everything past its time and returns now. */
    private Instant expire() {
        Instant now = clock.instant();
        waiting.values().removeIf(w -> passed(w.waitingSince().plus(expiry.handoff()), now));
        claims.values().removeIf(c -> passed(c.claimedAt().plus(expiry.handoff()), now));
        onlineUntil.values().removeIf(until -> passed(until, now));
        leftMessages.removeIf(m -> passed(m.at().plus(expiry.leftMessages()), now));
        return now;
    }

    private static boolean passed(Instant deadline, Instant now) {
        return !now.isBefore(deadline);
    }
}
