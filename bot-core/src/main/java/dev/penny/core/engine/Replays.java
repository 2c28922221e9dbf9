package dev.penny.core.engine;

import dev.penny.core.conversation.Author;
import dev.penny.core.conversation.ConversationState;
import dev.penny.core.conversation.ConversationStore;
import dev.penny.core.conversation.Turn;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Answers a message re-sent after a reconnect with what was answered the first time, so the visitor neither loses
 * the answer nor gets it twice, and nothing is classified or paid for again.
 *
 * <p>A message stored but never answered is either still being answered (an LLM call, perhaps on another node) or
 * was abandoned (the store failed between storing it and its answer). Until the answer deadline has passed since it
 * was stored, it is the first: the re-send is refused with {@link StillAnswering}, so the visitor sends it again
 * later. After that, it is the second, and the message is {@linkplain #abandoned answered anew}.
 */
final class Replays {

    private final ConversationStore store;
    private final Clock clock;
    private final Duration answerDeadline;

    Replays(ConversationStore store, Clock clock, Duration answerDeadline) {
        this.store = store;
        this.clock = clock;
        this.answerDeadline = answerDeadline;
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
        Reply replay = new Reply(original, answers, state, false, true);
        if (neverAnswered(replay) && !abandoned(replay)) {
            throw new StillAnswering(resent.id());
        }
        return replay;
    }

    /**
     * True when the first attempt stored the message and nothing after it: no answer, and the bot, not a person, is
     * the one to answer. (While a person answers, silence from the bot is the answer.)
     */
    static boolean neverAnswered(Reply replay) {
        return replay.botTurns().isEmpty() && replay.state().botAnswers();
    }

    /** True when the message was stored longer ago than any attempt at answering it can take. */
    boolean abandoned(Reply replay) {
        return replay.visitorTurn().at().plus(answerDeadline).isBefore(clock.instant());
    }
}
