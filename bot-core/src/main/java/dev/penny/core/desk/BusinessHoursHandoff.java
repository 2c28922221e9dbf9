package dev.penny.core.desk;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.ConversationStore;
import dev.penny.core.handoff.AgentId;
import dev.penny.core.handoff.Claim;
import dev.penny.core.handoff.HandoffOutcome;
import dev.penny.core.handoff.HumanHandoff;
import dev.penny.core.handoff.LeftMessage;
import dev.penny.core.handoff.QueuePage;
import dev.penny.core.handoff.WaitingConversation;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * A {@link HumanHandoff} that tries no person outside business hours: {@link #handOff} then answers {@link
 * HandoffOutcome#CLOSED} and changes nothing. Everything else goes to the handoff it wraps, so agents still work
 * their queue and claims after hours.
 */
public final class BusinessHoursHandoff implements HumanHandoff {

    private final HumanHandoff handoff;
    private final BusinessHours hours;
    private final Clock clock;

    public BusinessHoursHandoff(HumanHandoff handoff, BusinessHours hours, Clock clock) {
        this.handoff = handoff;
        this.hours = hours;
        this.clock = clock;
    }

    @Override
    public HandoffOutcome handOff(ConversationId id, String summary, ConversationStore store) {
        if (!hours.isOpen(clock.instant())) {
            return HandoffOutcome.CLOSED;
        }
        return handoff.handOff(id, summary, store);
    }

    @Override
    public boolean enqueue(ConversationId id, String summary) {
        return handoff.enqueue(id, summary);
    }

    @Override
    public List<WaitingConversation> queue() {
        return handoff.queue();
    }

    @Override
    public QueuePage queuePage(int offset, int limit) {
        return handoff.queuePage(offset, limit);
    }

    @Override
    public Optional<Claim> claim(ConversationId id, AgentId agent) {
        return handoff.claim(id, agent);
    }

    @Override
    public Optional<Claim> claimLongestWaiting(AgentId agent) {
        return handoff.claimLongestWaiting(agent);
    }

    @Override
    public Optional<Claim> claimOf(ConversationId id) {
        return handoff.claimOf(id);
    }

    @Override
    public List<Claim> heldBy(AgentId agent) {
        return handoff.heldBy(agent);
    }

    @Override
    public Optional<Claim> transfer(ConversationId id, AgentId from, AgentId to) {
        return handoff.transfer(id, from, to);
    }

    @Override
    public Optional<Claim> release(ConversationId id) {
        return handoff.release(id);
    }

    @Override
    public void agentOnline(AgentId agent) {
        handoff.agentOnline(agent);
    }

    @Override
    public void agentOffline(AgentId agent) {
        handoff.agentOffline(agent);
    }

    @Override
    public int agentsOnline() {
        return handoff.agentsOnline();
    }

    @Override
    public boolean isOnline(AgentId agent) {
        return handoff.isOnline(agent);
    }

    @Override
    public void leaveMessage(LeftMessage message) {
        handoff.leaveMessage(message);
    }

    @Override
    public List<LeftMessage> leftMessages() {
        return handoff.leftMessages();
    }

    @Override
    public int erase(ConversationId id) {
        return handoff.erase(id);
    }

    @Override
    public List<LeftMessage> eraseLeftMessages(String email) {
        return handoff.eraseLeftMessages(email);
    }
}
