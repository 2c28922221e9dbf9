package dev.penny.core.engine;

import dev.penny.core.conversation.Author;
import dev.penny.core.conversation.ConversationState;
import dev.penny.core.conversation.ConversationStore;
import dev.penny.core.conversation.Turn;
import java.util.ArrayList;
import java.util.List;

/**
 * Answers a message re-sent after a reconnect with what was answered the first time, so the visitor neither loses
 * the answer nor gets it twice, and nothing is classified or paid for again.
 */
final class Replays {

    private final ConversationStore store;

    Replays(ConversationStore store) {
        this.store = store;
    }

    Reply replay(Turn resent, ConversationState state) {
        List<Turn> transcript = store.transcript(resent.conversationId());
        Turn original = resent;
        List<Turn> answers = new ArrayList<>();
        boolean found = false;
        for (Turn turn : transcript) {
            if (found && turn.author() == Author.VISITOR) {
                break;
            }
            if (found) {
                answers.add(turn);
            } else if (turn.id().equals(resent.id())) {
                original = turn;
                found = true;
            }
        }
        return new Reply(original, answers, state, false, true);
    }
}
