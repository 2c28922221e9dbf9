package dev.penny.channels.agent;

import dev.penny.channels.wire.BadFrame;
import dev.penny.channels.wire.ErrorCode;
import dev.penny.channels.wire.Frame;
import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.ConversationStore;
import dev.penny.core.desk.ConversationNotes;
import dev.penny.core.desk.Note;
import dev.penny.core.desk.VisitorIdentities;
import dev.penny.core.handoff.AgentId;
import java.time.Clock;
import java.util.Optional;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * What the console shows of a conversation besides its turns: the team's notes and the visitor's identity; and the
 * agents a conversation may be transferred to (accounts with the agent role).
 */
final class DeskRecords {

    private final ConversationStore store;
    private final ConversationNotes notes;
    private final VisitorIdentities identities;
    private final Optional<UserDetailsService> accounts;
    private final Clock clock;

    DeskRecords(
            ConversationStore store,
            ConversationNotes notes,
            VisitorIdentities identities,
            Optional<UserDetailsService> accounts,
            Clock clock) {
        this.store = store;
        this.notes = notes;
        this.identities = identities;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The {@code claimed} frame of a conversation the agent now holds. */
    Frame claimed(ConversationId id, String transferredFrom, String replyTo) {
        return AgentFrames.claimed(
                id, store.transcript(id), notes.of(id), identities.of(id).orElse(null), transferredFrom, replyTo);
    }

    Note note(ConversationId id, AgentId author, String text) {
        if (store.state(id).isEmpty() && store.recentTurns(id, 1).isEmpty()) {
            throw new BadFrame(ErrorCode.UNKNOWN_CONVERSATION, "no such conversation");
        }
        Note note;
        try {
            note = new Note(id, author, text == null ? null : text.strip(), clock.instant());
        } catch (IllegalArgumentException e) {
            throw new BadFrame(ErrorCode.INVALID_NOTE, e.getMessage());
        }
        notes.add(note);
        return note;
    }

    /** The agent a conversation is transferred to: an account with the agent role, not the one giving it. */
    AgentId agent(String name, AgentId from) {
        if (name == null || name.isBlank()) {
            throw new BadFrame(ErrorCode.BAD_PAYLOAD, "payload.to names the agent to transfer to");
        }
        if (name.equals(from.value())) {
            throw new BadFrame(ErrorCode.UNKNOWN_AGENT, "you already hold this conversation");
        }
        if (accounts.isPresent() && !isAgent(accounts.get(), name)) {
            throw new BadFrame(ErrorCode.UNKNOWN_AGENT, "no agent account " + name);
        }
        return new AgentId(name);
    }

    private static boolean isAgent(UserDetailsService accounts, String name) {
        try {
            UserDetails user = accounts.loadUserByUsername(name);
            return user.isEnabled()
                    && user.getAuthorities().stream().anyMatch(a -> "ROLE_AGENT".equals(a.getAuthority()));
        } catch (UsernameNotFoundException e) {
            return false;
        }
    }
}
