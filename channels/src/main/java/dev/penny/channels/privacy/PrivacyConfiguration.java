package dev.penny.channels.privacy;

import dev.penny.channels.analytics.AnalyticsConfiguration;
import dev.penny.channels.desk.DeskConfiguration;
import dev.penny.channels.redis.RedisDeskConfiguration;
import dev.penny.core.analytics.AnalyticsCounters;
import dev.penny.core.conversation.ConversationEvents;
import dev.penny.core.conversation.ConversationStore;
import dev.penny.core.conversation.ResumeTokens;
import dev.penny.core.cost.CostLedger;
import dev.penny.core.desk.ConversationNotes;
import dev.penny.core.desk.VisitorIdentities;
import dev.penny.core.feedback.FeedbackStore;
import dev.penny.core.handoff.HumanHandoff;
import dev.penny.core.learning.MissedQuestions;
import dev.penny.core.privacy.PersonalData;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** Visitors' data requests: {@link PersonalData} over the stores in use, and the API under {@code /api/privacy}. */
@AutoConfiguration(after = {AnalyticsConfiguration.class, DeskConfiguration.class, RedisDeskConfiguration.class})
@Import(PrivacyController.class)
public class PrivacyConfiguration {

    @Bean
    @ConditionalOnMissingBean
    PersonalData personalData(
            ConversationStore conversations,
            CostLedger costs,
            FeedbackStore feedback,
            HumanHandoff handoff,
            MissedQuestions missedQuestions,
            AnalyticsCounters analytics,
            ResumeTokens resumeTokens,
            ConversationNotes notes,
            VisitorIdentities identities,
            ConversationEvents events) {
        return new PersonalData(
                conversations,
                costs,
                feedback,
                handoff,
                missedQuestions,
                analytics,
                resumeTokens,
                notes,
                identities,
                events);
    }
}
