package dev.penny.core.engine;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.ConversationState;
import dev.penny.core.conversation.ConversationStore;
import dev.penny.core.conversation.MessageId;
import dev.penny.core.conversation.Turn;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A store that notes the name of every call before passing it on: each is a round trip on a remote store. */
final class StoreCalls implements ConversationStore {

    private final ConversationStore store;
    private final List<String> calls = new ArrayList<>();

    StoreCalls(ConversationStore store) {
        this.store = store;
    }

    synchronized List<String> calls() {
        return List.copyOf(calls);
    }

    synchronized void forget() {
        calls.clear();
    }

    private synchronized void note(String call) {
        calls.add(call);
    }

    @Override
    public boolean append(Turn turn) {
        note("append");
        return store.append(turn);
    }

    @Override
    public List<Boolean> appendAll(List<Turn> turns) {
        note("appendAll");
        return store.appendAll(turns);
    }

    @Override
    public List<Turn> transcript(ConversationId id) {
        note("transcript");
        return store.transcript(id);
    }

    @Override
    public List<Turn> turnsAfter(ConversationId id, MessageId lastSeen) {
        note("turnsAfter");
        return store.turnsAfter(id, lastSeen);
    }

    @Override
    public List<Turn> recentTurns(ConversationId id, int count) {
        note("recentTurns");
        return store.recentTurns(id, count);
    }

    @Override
    public List<List<Turn>> recentTurnsOfEach(List<ConversationId> ids, int count) {
        note("recentTurnsOfEach");
        return store.recentTurnsOfEach(ids, count);
    }

    @Override
    public Optional<ConversationState> state(ConversationId id) {
        note("state");
        return store.state(id);
    }

    @Override
    public List<Optional<ConversationState>> states(List<ConversationId> ids) {
        note("states");
        return store.states(ids);
    }

    @Override
    public void setState(ConversationId id, ConversationState state) {
        note("setState");
        store.setState(id, state);
    }

    @Override
    public boolean erase(ConversationId id) {
        note("erase");
        return store.erase(id);
    }
}
