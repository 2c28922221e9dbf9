package dev.penny.channels.config;

import dev.penny.core.learning.MissedQuestionLimits;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Learning from traffic ({@code penny.learning.*}): how many questions the FAQ could not answer are kept and for how
 * long, and how the catalog suggestions group them. Unset values take the defaults below.
 *
 * @param retention a missed question or agent reply is forgotten this long after it was written; 30 days
 * @param maxQuestions at most this many missed questions are kept, the newest; 10,000
 * @param maxAnswersPerConversation at most this many agent replies are kept per conversation, the first; 20
 * @param questionsGrouped the suggestions group at most this many of the newest questions; 1,000 (encoding them takes
 *     a few seconds on two cores)
 * @param groupSimilarity the cosine similarity at which a question joins a group; see QuestionGrouping
 * @param nearIntentConfidence a group whose representative the live classifier gives an intent at least this
 *     confidence is suggested as new examples of it, otherwise as a new intent
 */
@ConfigurationProperties("penny.learning")
public record LearningProperties(
        Duration retention,
        Integer maxQuestions,
        Integer maxAnswersPerConversation,
        Integer questionsGrouped,
        Double groupSimilarity,
        Double nearIntentConfidence) {

    public LearningProperties {
        MissedQuestionLimits defaults = MissedQuestionLimits.defaults();
        retention = retention == null ? defaults.retention() : retention;
        maxQuestions = maxQuestions == null ? defaults.maxQuestions() : maxQuestions;
        maxAnswersPerConversation =
                maxAnswersPerConversation == null ? defaults.maxAnswersPerConversation() : maxAnswersPerConversation;
        questionsGrouped = questionsGrouped == null ? 1000 : questionsGrouped;
        if (questionsGrouped < 1) {
            throw new IllegalArgumentException("penny.learning.questions-grouped must be at least 1");
        }
    }

    /** What the missed-question stores keep. */
    public MissedQuestionLimits limits() {
        return new MissedQuestionLimits(retention, maxQuestions, maxAnswersPerConversation);
    }
}
