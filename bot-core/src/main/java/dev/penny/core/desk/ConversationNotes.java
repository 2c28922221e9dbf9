package dev.penny.core.desk;

import dev.penny.core.conversation.ConversationId;
import java.util.List;

/**
 * Agents' internal notes on conversations, kept apart from the transcript so that nothing sends them to the visitor.
 * A conversation's notes expire with the conversation. Implementations are safe to call from many threads.
 */
public interface ConversationNotes {

    /** How many notes one conversation keeps. */
    int MAX_NOTES = 200;

    /** Keeps a note; a conversation keeps at most {@link #MAX_NOTES}, the oldest going first. */
    void add(Note note);

    /** The conversation's notes, oldest first. */
    List<Note> of(ConversationId id);

    /** Forgets a conversation's notes at once, e.g. when its visitor asks for their data to be erased. */
    void erase(ConversationId id);
}
