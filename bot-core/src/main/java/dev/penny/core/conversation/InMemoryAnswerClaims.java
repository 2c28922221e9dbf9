package dev.penny.core.conversation;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Answer claims of one process: they vanish with it, so none outlives its holder and none needs a lease. */
public final class InMemoryAnswerClaims implements AnswerClaims {

    private record Claimed(ConversationId conversation, MessageId message) {
        static Claimed of(Turn turn) {
            return new Claimed(turn.conversationId(), turn.id());
        }
    }

    private final Set<Claimed> held = ConcurrentHashMap.newKeySet();

    @Override
    public List<Boolean> claimAll(List<Turn> turns) {
        return turns.stream().map(turn -> held.add(Claimed.of(turn))).toList();
    }

    @Override
    public void releaseAll(List<Turn> turns) {
        turns.forEach(turn -> held.remove(Claimed.of(turn)));
    }
}
