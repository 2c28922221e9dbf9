package dev.penny.channels.agent;

import dev.penny.channels.dispatch.TurnAnnouncer;
import dev.penny.channels.typing.TypingSignals;
import dev.penny.channels.wire.BadFrame;
import dev.penny.channels.wire.Envelope;
import dev.penny.channels.wire.ErrorCode;
import dev.penny.channels.wire.MessageText;
import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.Turn;
import dev.penny.core.desk.Note;
import dev.penny.core.engine.AgentDesk;
import dev.penny.core.engine.VisitorMessage;
import dev.penny.core.handoff.AgentId;
import dev.penny.core.handoff.HumanHandoff;
import java.util.List;
import java.util.Optional;

/**
 * What an agent console asks for: claim, message, release to the bot, close, list left messages, typing. Every turn
 * the desk writes is announced, so the visitor's socket gets it on whichever node it is.
 */
final class AgentCommands {

    private final AgentDesk desk;
    private final HumanHandoff handoff;
    private final AgentConnections connections;
    private final TurnAnnouncer announcer;
    private final TypingSignals typing;
    private final DeskRecords records;

    AgentCommands(
            AgentDesk desk,
            HumanHandoff handoff,
            AgentConnections connections,
            TurnAnnouncer announcer,
            TypingSignals typing,
            DeskRecords records) {
        this.desk = desk;
        this.handoff = handoff;
        this.connections = connections;
        this.announcer = announcer;
        this.typing = typing;
        this.records = records;
    }

    /** {@code agent.claim}: the named conversation, or without one the longest waiting. */
    void claim(AgentConnection connection, Envelope envelope) {
        AgentId agent = connection.agent();
        String named = Optional.ofNullable(envelope.text("conversationId")).orElse(envelope.conversationId());
        ConversationId id = named == null ? null : conversationId(named);
        Optional<Turn> joined = id == null ? desk.claimLongestWaiting(agent) : desk.claim(id, agent);
        if (joined.isEmpty()) {
            boolean taken = id != null && handoff.claimOf(id).isPresent();
            throw new BadFrame(
                    taken ? ErrorCode.ALREADY_CLAIMED : ErrorCode.NOT_WAITING,
                    taken ? "another agent claimed this conversation first" : "no conversation is waiting");
        }
        ConversationId claimed = joined.get().conversationId();
        connections.holds(agent, claimed);
        connections.of(agent).forEach(c -> c.send(records.claimed(claimed, null, envelope.id())));
        announcer.announce(List.of(joined.get()), true);
    }

    /** {@code agent.note}: an internal note for the team; it is stored apart from the turns and never announced. */
    void note(AgentConnection connection, Envelope envelope) {
        ConversationId id = conversationId(envelope);
        Note note = records.note(id, connection.agent(), envelope.text("text"));
        connections.of(connection.agent()).forEach(c -> c.send(AgentFrames.note(note, envelope.id())));
        connections.holding(id).stream()
                .filter(c -> !c.agent().equals(connection.agent()))
                .forEach(c -> c.send(AgentFrames.note(note, null)));
    }

    /** {@code agent.transfer}: gives a held conversation to the agent named in {@code payload.to}. */
    void transfer(AgentConnection connection, Envelope envelope) {
        ConversationId id = conversationId(envelope);
        AgentId from = connection.agent();
        AgentId to = records.agent(envelope.text("to"), from);
        if (!handoff.isOnline(to)) {
            throw new BadFrame(ErrorCode.AGENT_OFFLINE, to.value() + " is not online; transfer to an agent who is");
        }
        Turn told = desk.transfer(id, from, to).orElseThrow(AgentCommands::notHeld);
        connections.holds(to, id);
        connections.of(from).forEach(c -> c.send(AgentFrames.transferred(id, to.value(), envelope.id())));
        connections.of(to).forEach(c -> c.send(records.claimed(id, from.value(), null)));
        announcer.announce(List.of(told), true);
    }

    /** {@code agent.message}: text for the visitor. */
    void message(AgentConnection connection, Envelope envelope) {
        ConversationId id = conversationId(envelope);
        String text = MessageText.check(envelope.text("text"), VisitorMessage.MAX_LENGTH);
        Turn turn = desk.reply(id, connection.agent(), text).orElseThrow(AgentCommands::notHeld);
        connections.of(connection.agent()).forEach(c -> c.send(AgentFrames.turn("sent", turn, envelope.id())));
        announcer.announce(List.of(turn), false);
    }

    /** {@code agent.release}: the bot answers the visitor again. */
    void release(AgentConnection connection, Envelope envelope) {
        ConversationId id = conversationId(envelope);
        end(connection, envelope, id, desk.releaseToBot(id, connection.agent()), "released");
    }

    /** {@code agent.close}: the conversation ends. */
    void close(AgentConnection connection, Envelope envelope) {
        ConversationId id = conversationId(envelope);
        end(connection, envelope, id, desk.close(id, connection.agent()), "closed");
    }

    /** {@code left.messages}: what visitors left when nobody was online. */
    void leftMessages(AgentConnection connection, Envelope envelope) {
        connection.send(AgentFrames.leftMessages(handoff.leftMessages(), envelope.id()));
    }

    /** {@code agent.typing}: shown to the visitor, when they are on this node. */
    void typing(AgentConnection connection, Envelope envelope) {
        typing.typing(conversationId(envelope), TypingSignals.Typist.AGENT);
    }

    private void end(
            AgentConnection connection, Envelope envelope, ConversationId id, Optional<Turn> notice, String type) {
        Turn turn = notice.orElseThrow(AgentCommands::notHeld);
        connections.released(id);
        connections.of(connection.agent()).forEach(c -> c.send(AgentFrames.ended(type, id, envelope.id())));
        announcer.announce(List.of(turn), true);
    }

    private static ConversationId conversationId(Envelope envelope) {
        String named = Optional.ofNullable(envelope.text("conversationId")).orElse(envelope.conversationId());
        if (named == null) {
            throw new BadFrame(ErrorCode.BAD_PAYLOAD, "payload.conversationId is required");
        }
        return conversationId(named);
    }

    private static ConversationId conversationId(String text) {
        if (!ConversationId.isValid(text)) {
            throw new BadFrame(ErrorCode.INVALID_CONVERSATION, "not a conversation id");
        }
        return new ConversationId(text);
    }

    private static BadFrame notHeld() {
        return new BadFrame(ErrorCode.NOT_HELD, "you do not hold this conversation");
    }
}
