package dev.penny.core.engine;

import dev.penny.core.conversation.Turn;
import dev.penny.core.learning.AgentAnswer;
import dev.penny.core.learning.MissedQuestion;
import dev.penny.core.learning.MissedQuestions;
import dev.penny.core.policy.Decision;
import dev.penny.core.policy.EscalationPolicy;
import dev.penny.core.policy.Route;
import dev.penny.core.privacy.PiiMasker;
import dev.penny.core.understanding.IntentScore;
import java.lang.System.Logger.Level;

/**
 * Notes the visitor questions the FAQ could not answer, and what agents replied to them, so catalog owners can learn
 * from traffic. The engine's only contact with {@link MissedQuestions}.
 *
 * <p>A question is noted when its final decision sent it to the LLM or to a person, or answered it with the
 * out-of-scope intent (the catalog had no answer, and an owner may find one worth adding among them). Not noted: a
 * visitor who asked for a person (in so many words, or through the handoff intent), because the bot did what it
 * should and the text says "a human please", not what the catalog lacks; messages written while a person answers,
 * which are the conversation with the agent rather than questions to the bot (the engine does not decide them); and
 * re-sent messages, which are replayed, not decided again.
 *
 * <p>Noting is best effort: a store that fails is logged and the visitor is answered all the same.
 */
final class MissedQuestionNotes {

    private static final System.Logger LOG = System.getLogger(MissedQuestionNotes.class.getName());

    private final MissedQuestions missed;
    private final PiiMasker masker;

    MissedQuestionNotes(MissedQuestions missed, PiiMasker masker) {
        this.missed = missed;
        this.masker = masker;
    }

    /** Notes the visitor's question if {@code decision}, the final one for it, did not answer it from the FAQ. */
    void decided(Turn visitorTurn, Decision decision) {
        if (missed(decision)) {
            record(visitorTurn, decision);
        }
    }

    /** Notes an agent's reply; the store keeps it only in a conversation with a noted question. */
    void agentReplied(Turn agentTurn) {
        try {
            missed.agentAnswered(
                    new AgentAnswer(agentTurn.conversationId(), masker.mask(agentTurn.text()), agentTurn.at()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not note an agent reply for learning from traffic", e);
        }
    }

    private static boolean missed(Decision decision) {
        return (decision.route() == Route.LLM || decision.route() == Route.ARTICLE || decision.route() == Route.HUMAN)
                        && !EscalationPolicy.visitorAskedForPerson(decision)
                || EscalationPolicy.answeredOutOfScope(decision);
    }

    private void record(Turn visitorTurn, Decision decision) {
        IntentScore top = decision.scores().isEmpty() ? null : decision.scores().get(0);
        try {
            missed.record(new MissedQuestion(
                    visitorTurn.conversationId(),
                    visitorTurn.id(),
                    masker.mask(visitorTurn.text()),
                    decision.route(),
                    decision.reason(),
                    top,
                    visitorTurn.at()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not note a missed question for learning from traffic", e);
        }
    }
}
