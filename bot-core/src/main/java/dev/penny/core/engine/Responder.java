package dev.penny.core.engine;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.ConversationState;
import dev.penny.core.conversation.Source;
import dev.penny.core.conversation.Turn;
import dev.penny.core.policy.Decision;
import dev.penny.core.policy.EscalationPolicy;
import dev.penny.core.understanding.ClassifiedQuestion;
import dev.penny.core.understanding.FaqRetriever;
import dev.penny.core.understanding.IntentPrediction;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** Answers one classified visitor message: decides who answers, follows the route, and falls back to a person. */
final class Responder {

    private static final System.Logger LOG = System.getLogger(Responder.class.getName());

    private final FaqRetriever retriever;
    private final EscalationPolicy policy;
    private final ChoicePick choicePick;
    private final FaqReplies faqReplies;
    private final GroundedAnswers groundedAnswers;
    private final ArticleExcerpts excerpts;
    private final Handoffs handoffs;
    private final TurnWriter writer;
    private final CostMeter meter;
    private final int groundingEntries;
    private final MissedQuestionNotes missedQuestions;

    Responder(
            FaqRetriever retriever,
            EscalationPolicy policy,
            ChoicePick choicePick,
            FaqReplies faqReplies,
            GroundedAnswers groundedAnswers,
            ArticleExcerpts excerpts,
            Handoffs handoffs,
            TurnWriter writer,
            CostMeter meter,
            int groundingEntries,
            MissedQuestionNotes missedQuestions) {
        this.retriever = retriever;
        this.policy = policy;
        this.choicePick = choicePick;
        this.faqReplies = faqReplies;
        this.groundedAnswers = groundedAnswers;
        this.excerpts = excerpts;
        this.handoffs = handoffs;
        this.writer = writer;
        this.meter = meter;
        this.groundingEntries = groundingEntries;
        this.missedQuestions = missedQuestions;
    }

    Reply respond(Turn visitorTurn, ClassifiedQuestion question) {
        IntentPrediction prediction = question.prediction();
        meter.classified(visitorTurn.conversationId(), visitorTurn.text());
        Optional<Decision> picked = choicePick.pickedBy(visitorTurn, prediction);
        // Retrieved only if the decision needs them: a pick or a confident FAQ answer does not.
        FaqMatches matches = new FaqMatches(retriever, question, groundingEntries);
        Decision decision =
                picked.orElseGet(() -> policy.decide(visitorTurn.text(), prediction, matches::get, matches::passages));
        return follow(visitorTurn, decision, matches);
    }

    /**
     * Answers the messages whose decision the FAQ answers, deciding each as {@link #respond} would, and stores their
     * classification costs and answers in one ledger and one store call for all of them. The others are left
     * untouched (empty), for {@link #respond}.
     *
     * @param recent each conversation's newest turns for {@link ChoicePick}, read with the visitor's turn stored
     */
    List<Optional<Reply>> respondFromFaq(
            List<Turn> visitorTurns,
            List<ClassifiedQuestion> questions,
            List<List<Turn>> recent,
            ConversationScope scope) {
        List<Optional<Turn>> answers = new ArrayList<>(visitorTurns.size());
        List<Turn> answeredTurns = new ArrayList<>();
        List<Turn> answerTurns = new ArrayList<>();
        for (int i = 0; i < visitorTurns.size(); i++) {
            Optional<Turn> answer = unstoredFaqReply(visitorTurns.get(i), questions.get(i), recent.get(i));
            answers.add(answer);
            if (answer.isPresent()) {
                answeredTurns.add(visitorTurns.get(i));
                answerTurns.add(answer.get());
            }
        }
        meter.classifiedAll(answeredTurns);
        writer.storeAll(answerTurns);
        List<Optional<Reply>> replies = new ArrayList<>(Collections.nCopies(answers.size(), Optional.empty()));
        for (int i = 0; i < answers.size(); i++) {
            int at = i;
            Turn visitorTurn = visitorTurns.get(i);
            answers.get(i)
                    .ifPresent(answer -> scope.run(
                            visitorTurn.conversationId(),
                            () -> replies.set(at, Optional.of(answered(visitorTurn, answer)))));
        }
        return replies;
    }

    private Optional<Turn> unstoredFaqReply(Turn visitorTurn, ClassifiedQuestion question, List<Turn> recent) {
        IntentPrediction prediction = question.prediction();
        Optional<Decision> picked = choicePick.pickedBy(visitorTurn, prediction, recent);
        FaqMatches matches = new FaqMatches(retriever, question, groundingEntries);
        Decision decision =
                picked.orElseGet(() -> policy.decide(visitorTurn.text(), prediction, matches::get, matches::passages));
        ConversationId id = visitorTurn.conversationId();
        return switch (decision.route()) {
            case FAQ -> faqReplies.unstoredAnswer(id, decision);
            case CHOICE -> faqReplies.unstoredChoice(id, decision);
            case LLM, ARTICLE, HUMAN -> Optional.empty();
        };
    }

    /** The message could not be classified at all; a person can still read it. */
    Reply cannotUnderstand(Turn visitorTurn, RuntimeException failure) {
        return follow(
                visitorTurn,
                Decision.human("could not classify the message (" + failure + ")", List.of()),
                FaqMatches.none());
    }

    private Reply follow(Turn visitorTurn, Decision decision, FaqMatches matches) {
        ConversationId id = visitorTurn.conversationId();
        return switch (decision.route()) {
            case FAQ ->
                faqReplies
                        .answer(id, decision)
                        .map(answer -> answered(visitorTurn, answer))
                        .orElseGet(
                                () -> handOff(visitorTurn, decision.escalatedToHuman("the FAQ has no entry for it")));
            case CHOICE ->
                faqReplies
                        .choice(id, decision)
                        .map(choice -> answered(visitorTurn, choice))
                        .orElseGet(() -> handOff(
                                visitorTurn,
                                decision.escalatedToHuman("the FAQ has no entries for the offered intents")));
            case LLM -> llm(visitorTurn, decision, matches);
            case ARTICLE ->
                answered(visitorTurn, excerpts.excerpt(id, matches.passages().get(0), decision));
            case HUMAN -> handOff(visitorTurn, decision);
        };
    }

    private Reply llm(Turn visitorTurn, Decision decision, FaqMatches matches) {
        ConversationId id = visitorTurn.conversationId();
        GroundedAnswers.Outcome outcome =
                groundedAnswers.answer(id, visitorTurn.text(), matches.get(), matches.passages(), decision);
        if (outcome.answer() == null) {
            return handOff(visitorTurn, outcome.decision());
        }
        return answered(
                visitorTurn, writer.bot(id, Source.LLM, outcome.answer().text(), List.of(), outcome.decision()));
    }

    private Reply answered(Turn visitorTurn, Turn answer) {
        log(answer.decision(), visitorTurn);
        missedQuestions.decided(visitorTurn, answer.decision());
        return new Reply(visitorTurn, List.of(answer), ConversationState.BOT, false, false);
    }

    private Reply handOff(Turn visitorTurn, Decision decision) {
        log(decision, visitorTurn);
        missedQuestions.decided(visitorTurn, decision);
        Handoffs.HandedOff handedOff = handoffs.handOff(visitorTurn.conversationId(), visitorTurn.text(), decision);
        return new Reply(
                visitorTurn, List.of(handedOff.notice()), handedOff.state(), handedOff.inviteToLeaveMessage(), false);
    }

    // The reason is logged, never the visitor's text, which may hold personal data.
    private static void log(Decision decision, Turn visitorTurn) {
        LOG.log(
                Level.INFO,
                "conversation {0} message {1}: {2}, {3}",
                visitorTurn.conversationId(),
                visitorTurn.id(),
                decision.route(),
                decision.reason());
    }
}
