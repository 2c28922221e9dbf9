package dev.penny.core.handoff;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.ConversationState;
import dev.penny.core.conversation.ConversationStore;
import java.util.List;
import java.util.Optional;

/**
 * The agents' side of a handoff: the queue of conversations waiting for a person, which agent holds which
 * conversation, who is online, and messages left for later.
 *
 * <p>A conversation is in at most one of: waiting in the queue, or held by exactly one agent. Claiming is atomic: when
 * several agents claim the same conversation at once, exactly one succeeds, on every implementation and across
 * processes. Entries expire as set by {@link HandoffExpiry}. Implementations are safe to call from many threads.
 */
public interface HumanHandoff {

    /**
     * Puts a conversation in the queue.
     *
     * @param summary what the agent should know before claiming it
     * @return true when queued; false, changing nothing, when it is already waiting (it keeps its place) or held
     */
    boolean enqueue(ConversationId id, String summary);

    /**
     * Hands a conversation to the agents: marks it {@link ConversationState#WAITING_FOR_AGENT} in {@code store} and
     * queues it, unless the queue is full. An implementation that keeps both in one place does it in one atomic step,
     * so no failure leaves a conversation marked waiting that no agent can see in the queue.
     *
     * <p>The default sets the state first, since once queued an agent may claim at once and set {@link
     * ConversationState#WITH_AGENT}, which must not be overwritten; it never answers {@link HandoffOutcome#QUEUE_FULL}.
     */
    default HandoffOutcome handOff(ConversationId id, String summary, ConversationStore store) {
        store.setState(id, ConversationState.WAITING_FOR_AGENT);
        return enqueue(id, summary) ? HandoffOutcome.QUEUED : HandoffOutcome.UNCHANGED;
    }

    /** The conversations waiting, longest wait first. */
    List<WaitingConversation> queue();

    /**
     * At most {@code limit} waiting conversations, longest wait first, after skipping the first {@code offset}, and how
     * many wait in all. A store across a network reads a page in a fixed number of round trips, whatever its length.
     */
    default QueuePage queuePage(int offset, int limit) {
        return QueuePage.of(queue(), offset, limit);
    }

    /**
     * Gives a waiting conversation to an agent and takes it out of the queue.
     *
     * @return the claim; empty when the conversation is not waiting, e.g. because another agent claimed it first
     */
    Optional<Claim> claim(ConversationId id, AgentId agent);

    /** Claims the conversation that has waited longest, skipping any another agent takes meanwhile. */
    default Optional<Claim> claimLongestWaiting(AgentId agent) {
        for (WaitingConversation waiting : queue()) {
            Optional<Claim> claim = claim(waiting.conversationId(), agent);
            if (claim.isPresent()) {
                return claim;
            }
        }
        return Optional.empty();
    }

    /** Who holds a conversation, if anyone. */
    Optional<Claim> claimOf(ConversationId id);

    /** The conversations an agent holds, earliest claim first, e.g. to restore a reconnecting console. */
    List<Claim> heldBy(AgentId agent);

    /**
     * Gives a conversation one agent holds to another agent, atomically: it never waits in the queue meanwhile, and
     * once this returns {@code from} no longer holds it. The new claim starts now, so each agent's time counts apart.
     *
     * @return the new claim; empty, changing nothing, when {@code from} does not hold the conversation
     */
    Optional<Claim> transfer(ConversationId id, AgentId from, AgentId to);

    /**
     * Ends the handoff of a conversation, whether it goes back to the bot or is closed: it leaves the queue if
     * waiting and is unclaimed if held. It can be queued again later.
     *
     * @return the claim that ended, so the agent's time can be counted; empty if nobody held it
     */
    Optional<Claim> release(ConversationId id);

    /** Marks an agent online until {@link HandoffExpiry#agentPresence()} from now; consoles call it as a heartbeat. */
    void agentOnline(AgentId agent);

    /** Marks an agent offline at once, e.g. when they sign off. */
    void agentOffline(AgentId agent);

    /** How many agents are online now. With none, a visitor handed off is invited to leave a message. */
    int agentsOnline();

    /**
     * Whether this agent is online now, so a conversation is transferred only to someone who will see it. An
     * implementation that cannot tell answers true, and transfers are not checked.
     */
    default boolean isOnline(AgentId agent) {
        return true;
    }

    /** Keeps a message a visitor left for the team. */
    void leaveMessage(LeftMessage message);

    /** The messages visitors left, oldest first. */
    List<LeftMessage> leftMessages();

    /**
     * Forgets everything the handoff side keeps about a conversation at once, e.g. when its visitor asks for their
     * data to be erased: it leaves the queue, any agent's claim on it ends (without a {@link Claim} to count agent time
     * by), and the messages left from it are forgotten.
     *
     * @return how many left messages were forgotten
     */
    int erase(ConversationId id);

    /**
     * Forgets every message left with this email address, compared ignoring case and surrounding spaces.
     *
     * @return the messages forgotten, oldest first, so that the conversations they were left from can be erased too
     */
    List<LeftMessage> eraseLeftMessages(String email);
}
