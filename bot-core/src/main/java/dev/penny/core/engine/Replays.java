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
 *
 * <p>A re-send is replayed only by the attempt holding the message's claim, so nobody else is answering it: a message
 * stored but never answered was abandoned by an earlier attempt (the store failed between storing it and its answer,
 * or its node stopped), and the engine answers it anew.
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

    /**
     * True when the first attempt stored the message and nothing after it: no answer, and the bot, not a person, is
     * the one to answer. (While a person answers, silence from the bot is the answer.)
     */
    static boolean neverAnswered(Reply replay) {
        return replay.botTurns().isEmpty() && replay.state().botAnswers();
    }
}
