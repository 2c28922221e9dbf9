package dev.penny.core.desk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.handoff.AgentId;
import dev.penny.core.testing.MutableClock;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ConversationNotes} must do. Extend it once per implementation and return a fresh store from {@link
 * #newNotes(Clock, Duration)}; a server-side store overrides {@link #letTimePass(Duration)} to also sleep.
 */
public abstract class ConversationNotesContract {

    private static final Duration TTL = Duration.ofSeconds(2);

    protected final MutableClock clock = MutableClock.at("2026-12-06T10:00:00Z");
    private final AgentId sam = new AgentId("sam");
    private ConversationNotes notes;

    protected abstract ConversationNotes newNotes(Clock clock, Duration ttl);

    protected void letTimePass(Duration duration) {
        clock.advance(duration);
    }

    @BeforeEach
    void createNotes() {
        notes = newNotes(clock, TTL);
    }

    @Test
    void keeps_each_conversation_s_notes_in_order() {
        ConversationId ana = ConversationId.random();
        ConversationId bo = ConversationId.random();
        Note first = new Note(ana, sam, "Asked twice about the refund", clock.instant());
        Note second = new Note(
                ana,
                new AgentId("kim"),
                "Refund approved; tell her Monday",
                clock.instant().plusSeconds(1));
        notes.add(first);
        notes.add(new Note(bo, sam, "Another visitor", clock.instant()));
        notes.add(second);

        assertThat(notes.of(ana)).containsExactly(first, second);
        assertThat(notes.of(ConversationId.random())).isEmpty();
    }

    @Test
    void keeps_at_most_the_newest_notes() {
        ConversationId id = ConversationId.random();
        for (int i = 0; i < ConversationNotes.MAX_NOTES + 3; i++) {
            notes.add(new Note(id, sam, "note " + i, clock.instant()));
        }

        assertThat(notes.of(id)).hasSize(ConversationNotes.MAX_NOTES);
        assertThat(notes.of(id).get(0).text()).isEqualTo("note 3");
    }

    @Test
    void notes_expire_with_the_conversation() {
        ConversationId id = ConversationId.random();
        notes.add(new Note(id, sam, "soon gone", clock.instant()));

        letTimePass(TTL.plusMillis(500));

        assertThat(notes.of(id)).isEmpty();
    }

    @Test
    void erase_forgets_one_conversations_notes() {
        ConversationId erased = ConversationId.random();
        ConversationId kept = ConversationId.random();
        notes.add(new Note(erased, sam, "Asked twice about the refund", clock.instant()));
        Note other = new Note(kept, sam, "Another visitor", clock.instant());
        notes.add(other);

        notes.erase(erased);

        assertThat(notes.of(erased)).isEmpty();
        assertThat(notes.of(kept)).containsExactly(other);
    }
}
