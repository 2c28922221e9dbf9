package dev.penny.core.engine;

import dev.penny.core.conversation.Author;
import dev.penny.core.conversation.ConversationStore;
import dev.penny.core.conversation.Turn;
import dev.penny.core.policy.Decision;
import dev.penny.core.policy.EscalationPolicy;
import dev.penny.core.policy.Route;
import dev.penny.core.understanding.IntentPrediction;
import java.util.List;
import java.util.Optional;

/**
 * Recognises a visitor answering a "did you mean" choice by sending one of its titles. FAQ titles are not training
 * examples, so the classifier may be no surer about the title than about the question that led to the choice.
 */
final class ChoicePick {

    private final ConversationStore store;
    private final EscalationPolicy policy;

    /** The turns a pick is recognised from: the choice, then the visitor's pick. */
    static final int RECENT_TURNS = 2;

    ChoicePick(ConversationStore store, EscalationPolicy policy) {
        this.store = store;
        this.policy = policy;
    }

    Optional<Decision> pickedBy(Turn visitorTurn, IntentPrediction prediction) {
        return pickedBy(visitorTurn, prediction, store.recentTurns(visitorTurn.conversationId(), RECENT_TURNS));
    }

    /**
     * @param recent the conversation's newest {@link #RECENT_TURNS} turns, read with the visitor's turn stored and
     *     before the bot answered it
     */
    Optional<Decision> pickedBy(Turn visitorTurn, IntentPrediction prediction, List<Turn> recent) {
        if (recent.size() < 2 || !recent.get(1).id().equals(visitorTurn.id())) {
            return Optional.empty();
        }
        Turn previous = recent.get(0);
        if (previous.author() != Author.BOT || previous.decision().route() != Route.CHOICE) {
            return Optional.empty();
        }
        List<String> titles = previous.quickReplies();
        String picked = visitorTurn.text().strip();
        for (int i = 0; i < titles.size() && i < previous.decision().intentIds().size(); i++) {
            if (titles.get(i).equalsIgnoreCase(picked)) {
                return Optional.of(policy.picked(previous.decision().intentIds().get(i), titles.get(i), prediction));
            }
        }
        return Optional.empty();
    }
}
