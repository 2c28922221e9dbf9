package dev.penny.channels.visitor;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.Turn;
import dev.penny.core.engine.Reply;

/**
 * Sends the visitor what came of their message: an {@code ack}, the answers as {@code bot.message}, and after a
 * handoff a {@code handoff.status} with the queue position, or the invitation to leave a message.
 */
final class ReplyFrames {

    private final WaitingPositions positions;

    ReplyFrames(WaitingPositions positions) {
        this.positions = positions;
    }

    void send(VisitorConnection connection, Reply reply) {
        connection.send(VisitorFrames.ack(reply));
        for (Turn turn : reply.botTurns()) {
            connection.send(VisitorFrames.botMessage(turn, reply.visitorTurn().id()));
        }
        if (handedOff(reply)) {
            ConversationId id = reply.visitorTurn().conversationId();
            if (reply.inviteToLeaveMessage()) {
                connection.send(VisitorFrames.handoffStatus(id, "no_agent_online", 0, true));
            } else {
                int position = positions.of(id);
                connection.queuePosition(position);
                connection.send(VisitorFrames.handoffStatus(id, "waiting", position, false));
            }
        } else if (invitedWithoutHandoff(reply)) {
            // Outside business hours or with the queue full, no person was tried: the visitor may leave a message.
            connection.send(
                    VisitorFrames.handoffStatus(reply.visitorTurn().conversationId(), "no_agent_online", 0, true));
        }
    }

    private static boolean invitedWithoutHandoff(Reply reply) {
        return reply.inviteToLeaveMessage()
                && !reply.alreadyAccepted()
                && !reply.botTurns().isEmpty();
    }

    /** True when this message handed the conversation to a person, just now. */
    static boolean handedOff(Reply reply) {
        return reply.handedOff();
    }
}
