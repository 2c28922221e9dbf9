package dev.penny.core.feedback;

import dev.penny.core.conversation.Author;
import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.ConversationStore;
import dev.penny.core.conversation.MessageId;
import dev.penny.core.conversation.Turn;
import dev.penny.core.feedback.FeedbackRefused.Reason;
import dev.penny.core.learning.MissedQuestion;
import dev.penny.core.learning.MissedQuestions;
import dev.penny.core.policy.Decision;
import dev.penny.core.policy.Route;
import dev.penny.core.privacy.PiiMasker;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Takes visitors' feedback: a thumbs up or down on a bot answer of their own conversation, and a 1–5 rating of a
 * conversation an agent answered. A thumbs down on a FAQ answer also notes the question it answered among the missed
 * questions, so the editor's suggestions group it with the questions the FAQ could not answer.
 */
public final class FeedbackDesk {

    private static final System.Logger LOG = System.getLogger(FeedbackDesk.class.getName());

    private final ConversationStore conversations;
    private final FeedbackStore feedback;
    private final MissedQuestions missed;
    private final Supplier<String> catalogVersion;
    private final Clock clock;
    private final PiiMasker masker = new PiiMasker();

    /**
     * @param catalogVersion the label of the catalog version served now, e.g. {@code v3}
     */
    public FeedbackDesk(
            ConversationStore conversations,
            FeedbackStore feedback,
            MissedQuestions missed,
            Supplier<String> catalogVersion,
            Clock clock) {
        this.conversations = conversations;
        this.feedback = feedback;
        this.missed = missed;
        this.catalogVersion = catalogVersion;
        this.clock = clock;
    }

    /** Stores a thumbs up or down on {@code turnId}, replacing the visitor's earlier one on it. */
    public AnswerFeedback onAnswer(ConversationId id, MessageId turnId, boolean helpful, String comment) {
        String masked = comment(comment);
        List<Turn> transcript = conversations.transcript(id);
        int at = indexOf(transcript, turnId);
        if (at < 0 || transcript.get(at).author() != Author.BOT) {
            throw new FeedbackRefused(
                    Reason.NOT_A_BOT_ANSWER,
                    "turn " + turnId.value() + " is not an answer of the bot in this conversation");
        }
        Decision decision = transcript.get(at).decision();
        String intent = decision.route() == Route.FAQ && !decision.intentIds().isEmpty()
                ? decision.intentIds().get(0)
                : "";
        AnswerFeedback given = new AnswerFeedback(
                id, turnId, helpful, masked, decision.route(), intent, catalogVersion.get(), clock.instant());
        Optional<AnswerFeedback> previous = feedback.give(given);
        boolean newlyUnhelpful = previous.map(AnswerFeedback::helpful).orElse(true);
        if (!helpful && decision.route() == Route.FAQ && newlyUnhelpful) {
            noteMissed(transcript, at, decision, masked);
        }
        return given;
    }

    /** Stores a rating of a conversation an agent took part in, replacing the visitor's earlier one. */
    public ConversationRating rate(ConversationId id, int score, String comment) {
        if (score < ConversationRating.LOWEST || score > ConversationRating.HIGHEST) {
            throw new FeedbackRefused(Reason.INVALID_FEEDBACK, "a rating is a whole number from 1 to 5");
        }
        String masked = comment(comment);
        if (conversations.transcript(id).stream().noneMatch(t -> t.author() == Author.AGENT)) {
            throw new FeedbackRefused(Reason.NOTHING_TO_RATE, "only a conversation with an agent can be rated");
        }
        ConversationRating rating = new ConversationRating(id, score, masked, catalogVersion.get(), clock.instant());
        feedback.rate(rating);
        return rating;
    }

    private String comment(String comment) {
        if (comment == null) {
            return "";
        }
        if (comment.length() > AnswerFeedback.MAX_COMMENT) {
            throw new FeedbackRefused(
                    Reason.INVALID_FEEDBACK, "a comment has at most " + AnswerFeedback.MAX_COMMENT + " characters");
        }
        return masker.mask(comment.strip());
    }

    private static int indexOf(List<Turn> transcript, MessageId turnId) {
        for (int i = 0; i < transcript.size(); i++) {
            if (transcript.get(i).id().equals(turnId)) {
                return i;
            }
        }
        return -1;
    }

    /** The visitor's question the unhelpful answer replied to: the nearest visitor turn before it. */
    private void noteMissed(List<Turn> transcript, int answer, Decision decision, String comment) {
        for (int i = answer - 1; i >= 0; i--) {
            Turn question = transcript.get(i);
            if (question.author() == Author.VISITOR) {
                String reason = "visitor found the FAQ answer unhelpful"
                        + (comment.isEmpty() ? "" : " (\"" + comment + "\")") + "; " + decision.reason();
                try {
                    missed.record(new MissedQuestion(
                            question.conversationId(),
                            question.id(),
                            masker.mask(question.text()),
                            Route.FAQ,
                            reason,
                            decision.scores().isEmpty()
                                    ? null
                                    : decision.scores().get(0),
                            question.at()));
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "could not note an unhelpful answer for learning", e);
                }
                return;
            }
        }
    }
}
