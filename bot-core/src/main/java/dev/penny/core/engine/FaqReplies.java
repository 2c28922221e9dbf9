package dev.penny.core.engine;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.Source;
import dev.penny.core.conversation.Turn;
import dev.penny.core.policy.Decision;
import dev.penny.core.understanding.FaqAnswers;
import dev.penny.core.understanding.FaqEntry;
import java.util.List;
import java.util.Optional;

/** Replies made of the FAQ itself: an answer, or a choice between entries by their titles. */
final class FaqReplies {

    private final FaqAnswers answers;
    private final TurnWriter writer;
    private final BotPhrases phrases;

    FaqReplies(FaqAnswers answers, TurnWriter writer, BotPhrases phrases) {
        this.answers = answers;
        this.writer = writer;
        this.phrases = phrases;
    }

    /** The FAQ answer for the decision's intent; empty when the catalog lacks it. */
    Optional<Turn> answer(ConversationId id, Decision decision) {
        return unstoredAnswer(id, decision).map(writer::stored);
    }

    /** {@link #answer}, not yet stored. */
    Optional<Turn> unstoredAnswer(ConversationId id, Decision decision) {
        return answers.answerFor(decision.intentIds().get(0))
                .map(entry -> writer.unstoredBot(id, Source.FAQ, entry.answer(), entry.quickReplies(), decision));
    }

    /** "Did you mean", with the offered intents' titles as quick replies; empty unless two of them have entries. */
    Optional<Turn> choice(ConversationId id, Decision decision) {
        return unstoredChoice(id, decision).map(writer::stored);
    }

    /** {@link #choice}, not yet stored. */
    Optional<Turn> unstoredChoice(ConversationId id, Decision decision) {
        List<FaqEntry> entries = decision.intentIds().stream()
                .flatMap(intentId -> answers.answerFor(intentId).stream())
                .toList();
        if (entries.size() < 2) {
            return Optional.empty();
        }
        // The offered intents must line up with the quick replies, so that a pick can be traced back to its intent.
        Decision offered = new Decision(
                decision.route(),
                decision.reason(),
                decision.scores(),
                entries.stream().map(FaqEntry::intentId).toList());
        List<String> titles = entries.stream().map(FaqEntry::title).toList();
        return Optional.of(writer.unstoredBot(id, Source.FAQ, phrases.didYouMean(), titles, offered));
    }
}
