package dev.penny.core.desk;

import dev.penny.core.conversation.ConversationId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Notes in this process's memory, each conversation's dropped once {@code ttl} passed since its last note. */
public final class InMemoryConversationNotes implements ConversationNotes {

    private final Map<ConversationId, List<Note>> notes = new HashMap<>();
    private final Map<ConversationId, Instant> expires = new HashMap<>();
    private final Clock clock;
    private final Duration ttl;

    public InMemoryConversationNotes(Clock clock, Duration ttl) {
        this.clock = clock;
        this.ttl = ttl;
    }

    @Override
    public synchronized void add(Note note) {
        Instant now = expire();
        List<Note> kept = notes.computeIfAbsent(note.conversationId(), k -> new ArrayList<>());
        kept.add(note);
        if (kept.size() > MAX_NOTES) {
            kept.remove(0);
        }
        expires.put(note.conversationId(), now.plus(ttl));
    }

    @Override
    public synchronized List<Note> of(ConversationId id) {
        expire();
        return List.copyOf(notes.getOrDefault(id, List.of()));
    }

    private Instant expire() {
        Instant now = clock.instant();
        expires.entrySet().removeIf(e -> {
            boolean passed = !now.isBefore(e.getValue());
            if (passed) {
                notes.remove(e.getKey());
            }
            return passed;
        });
        return now;
    }

    @Override
    public synchronized void erase(ConversationId id) {
        notes.remove(id);
        expires.remove(id);
    }
}
