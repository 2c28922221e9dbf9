package dev.penny.core.learning;

import java.time.Duration;
import java.util.Objects;

/**
 * How much a {@link MissedQuestions} store keeps.
 *
 * @param retention a question is forgotten this long after it was asked, an agent answer this long after it was given
 * @param maxQuestions at most this many questions are kept; recording one more forgets the oldest
 * @param maxAnswersPerConversation at most this many agent replies are kept per conversation, the first ones: the
 *     replies right after a handoff answer the question, later ones are mostly small talk
 */
public record MissedQuestionLimits(Duration retention, int maxQuestions, int maxAnswersPerConversation) {

    /** 30 days, 10,000 questions, 20 answers per conversation. */
    public static MissedQuestionLimits defaults() {
        return new MissedQuestionLimits(Duration.ofDays(30), 10_000, 20);
    }

    public MissedQuestionLimits {
        Objects.requireNonNull(retention, "retention");
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("the retention of missed questions must be positive");
        }
        if (maxQuestions < 1 || maxAnswersPerConversation < 1) {
            throw new IllegalArgumentException("missed questions keep at least one question and one answer");
        }
    }
}
