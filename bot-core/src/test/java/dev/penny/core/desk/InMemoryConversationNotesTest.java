package dev.penny.core.desk;

import java.time.Clock;
import java.time.Duration;

class InMemoryConversationNotesTest extends ConversationNotesContract {

    @Override
    protected ConversationNotes newNotes(Clock clock, Duration ttl) {
        return new InMemoryConversationNotes(clock, ttl);
    }
}
