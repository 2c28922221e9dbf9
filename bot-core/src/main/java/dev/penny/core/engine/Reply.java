package dev.penny.core.engine;

import dev.penny.core.conversation.ConversationState;
import dev.penny.core.conversation.Turn;
import java.util.List;
import java.util.Objects;

/**
 * What came of one visitor message: what to send back, and to whom.
 *
 * @param visitorTurn the visitor's message as stored
 * @param botTurns turns to send the visitor, in order; empty when the bot stays silent because a person is answering
 * @param state who answers the conversation now
 * @param inviteToLeaveMessage true when the visitor was handed off with no agent online: the widget offers a form for
 *     a message and an email address
 * @param alreadyAccepted true when this message had been accepted before (re-sent after a reconnect); {@code
 *     botTurns} are then what was answered the first time
 */
public record Reply(
        Turn visitorTurn,
        List<Turn> botTurns,
        ConversationState state,
        boolean inviteToLeaveMessage,
        boolean alreadyAccepted) {

    public Reply {
        Objects.requireNonNull(visitorTurn, "visitorTurn");
        Objects.requireNonNull(state, "state");
        botTurns = List.copyOf(botTurns);
    }

    /** True when a person is (or will be) answering: the channel forwards the visitor's turn to the agent console. */
    public boolean forwardToAgent() {
        return state == ConversationState.WAITING_FOR_AGENT || state == ConversationState.WITH_AGENT;
    }

    /** True when this message handed the conversation to a person, just now (not when re-sent). */
    public boolean handedOff() {
        return !alreadyAccepted && state == ConversationState.WAITING_FOR_AGENT && !botTurns.isEmpty();
    }
}
