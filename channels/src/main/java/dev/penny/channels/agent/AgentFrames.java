package dev.penny.channels.agent;

import dev.penny.channels.desk.IdentityView;
import dev.penny.channels.desk.NoteView;
import dev.penny.channels.transcript.TurnView;
import dev.penny.channels.wire.Frame;
import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.Turn;
import dev.penny.core.desk.Note;
import dev.penny.core.desk.VisitorIdentity;
import dev.penny.core.handoff.LeftMessage;
import java.util.List;

/** The frames the server sends agent consoles, and their payloads. */
final class AgentFrames {

    private AgentFrames() {}

    record Started(String agent, List<String> held) {}

    record Queue(List<QueueView.Entry> conversations, int offset, int total) {}

    record Claimed(
            String conversationId,
            List<TurnView> transcript,
            List<NoteView> notes,
            IdentityView identity,
            String transferredFrom) {}

    record NoteFrame(String conversationId, NoteView note) {}

    record Transferred(String conversationId, String to) {}

    record TurnFrame(String conversationId, TurnView turn) {}

    record Ended(String conversationId) {}

    record Left(String conversationId, String email, String text, String at) {}

    record LeftList(List<Left> messages) {}

    record Typing(String from) {}

    static Frame started(String agent, List<ConversationId> held) {
        return Frame.of(
                "session.started",
                null,
                null,
                new Started(agent, held.stream().map(ConversationId::value).toList()));
    }

    static Frame queue(QueueView.Page page) {
        return queue(page, null);
    }

    /** A page of the queue; {@code replyTo} names the {@code queue.page} request it answers, if any. */
    static Frame queue(QueueView.Page page, String replyTo) {
        return Frame.of("queue", null, replyTo, new Queue(page.conversations(), page.offset(), page.total()));
    }

    /**
     * The conversation an agent now holds, with what they need to answer: the transcript, the team's notes, the
     * visitor's identity, and who transferred it, if someone did.
     */
    static Frame claimed(
            ConversationId id,
            List<Turn> transcript,
            List<Note> notes,
            VisitorIdentity identity,
            String transferredFrom,
            String replyTo) {
        return Frame.of(
                "claimed",
                id.value(),
                replyTo,
                new Claimed(
                        id.value(),
                        TurnView.of(transcript),
                        NoteView.of(notes),
                        IdentityView.of(identity),
                        transferredFrom));
    }

    /** {@code note}: a note was written on a conversation the agent holds (or by the agent). */
    static Frame note(Note note, String replyTo) {
        String id = note.conversationId().value();
        return Frame.of(
                "note",
                id,
                replyTo,
                new NoteFrame(id, NoteView.of(List.of(note)).get(0)));
    }

    /** {@code transferred}: the agent gave the conversation to {@code to}. */
    static Frame transferred(ConversationId id, String to, String replyTo) {
        return Frame.of("transferred", id.value(), replyTo, new Transferred(id.value(), to));
    }

    /** {@code sent} (the agent's own message, stored) or {@code visitor.message} (the visitor wrote). */
    static Frame turn(String type, Turn turn, String replyTo) {
        String id = turn.conversationId().value();
        return Frame.of(type, id, replyTo, new TurnFrame(id, TurnView.of(turn)));
    }

    /** {@code released}, {@code closed} or {@code erased}. */
    static Frame ended(String type, ConversationId id, String replyTo) {
        return Frame.of(type, id.value(), replyTo, new Ended(id.value()));
    }

    static Frame leftMessages(List<LeftMessage> messages, String replyTo) {
        List<Left> left = messages.stream()
                .map(m -> new Left(m.conversationId().value(), m.email(), m.text(), m.at().toString()))
                .toList();
        return Frame.of("left.messages", null, replyTo, new LeftList(left));
    }

    static Frame typing(ConversationId id) {
        return Frame.of("typing", id.value(), null, new Typing("visitor"));
    }
}
