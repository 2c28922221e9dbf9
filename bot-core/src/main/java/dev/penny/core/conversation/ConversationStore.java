package dev.penny.core.conversation;

import java.util.List;
import java.util.Optional;

/**
 * Keeps conversations: their turns and who is answering them.
 *
 * <p>Turns are appended one at a time (a delta, never a rewrite of the whole conversation) and kept in the order they
 * were appended. Conversations expire: an implementation forgets a conversation once its configured time to live has
 * passed since the last write to it (an append or a state change); every write restarts that time. Reading does not.
 *
 * <p>Implementations are safe to call from many threads. Appends to the same conversation from several threads are
 * all kept, in some order.
 */
public interface ConversationStore {

    /**
     * Adds a turn at the end of its conversation, creating the conversation if needed.
     *
     * @return false, storing nothing, when the conversation already holds a turn with this id (a message re-sent after
     *     a reconnect); true when the turn was appended
     */
    boolean append(Turn turn);

    /**
     * Appends several turns as {@link #append(Turn)} would, one after the other in list order, so a batch of visitor
     * messages costs a store across a network one round trip instead of one each.
     *
     * @return for each turn, in order, whether it was appended
     */
    default List<Boolean> appendAll(List<Turn> turns) {
        return turns.stream().map(this::append).toList();
    }

    /** Every turn of a conversation, oldest first; empty for an unknown or expired conversation. */
    List<Turn> transcript(ConversationId id);

    /**
     * The turns after a given one, oldest first, so a reconnecting client receives what it missed.
     *
     * @param lastSeen the last turn the client has; when the conversation holds no such turn the whole transcript is
     *     returned, since the client's view cannot be placed
     */
    List<Turn> turnsAfter(ConversationId id, MessageId lastSeen);

    /**
     * How many turns a conversation holds; 0 for an unknown or expired conversation. Channels check it against a cap
     * before accepting a message, so a store across a network should answer it in one cheap round trip.
     */
    default int turnCount(ConversationId id) {
        return transcript(id).size();
    }

    /** The last {@code count} turns, oldest first; fewer when the conversation is shorter. */
    List<Turn> recentTurns(ConversationId id, int count);

    /**
     * The {@code count} newest turns of each conversation, as {@link #recentTurns} gives them, in the order of
     * {@code ids}; a store that can should read them all in one round trip.
     */
    default List<List<Turn>> recentTurnsOfEach(List<ConversationId> ids, int count) {
        return ids.stream().map(id -> recentTurns(id, count)).toList();
    }

    /**
     * Who is answering; empty until first set, and for an unknown or expired conversation. The engine treats empty as
     * {@link ConversationState#BOT}.
     */
    Optional<ConversationState> state(ConversationId id);

    /** Who is answering each of several conversations, as {@link #state(ConversationId)} for each, in order. */
    default List<Optional<ConversationState>> states(List<ConversationId> ids) {
        return ids.stream().map(this::state).toList();
    }

    /** Sets who is answering, creating the conversation if needed. */
    void setState(ConversationId id, ConversationState state);

    /**
     * Forgets a conversation at once, its turns and its state, as if it had expired, e.g. when its visitor asks for
     * their data to be erased. A later append starts a new, empty conversation under the same id.
     *
     * @return true when the store held anything of the conversation (an expired one counts as nothing)
     */
    boolean erase(ConversationId id);
}
