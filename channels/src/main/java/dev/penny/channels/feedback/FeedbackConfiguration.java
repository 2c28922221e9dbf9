package dev.penny.channels.feedback;

import dev.penny.channels.catalog.ServedCatalog;
import dev.penny.channels.config.PennyProperties;
import dev.penny.channels.redis.RedisConfiguration;
import dev.penny.core.conversation.ConversationStore;
import dev.penny.core.feedback.FeedbackDesk;
import dev.penny.core.feedback.FeedbackStore;
import dev.penny.core.feedback.InMemoryFeedbackStore;
import dev.penny.core.learning.MissedQuestions;
import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Visitors' feedback on answers and ratings of agent conversations: the desk that takes them, and the in-memory store
 * when no Redis is configured (the Redis configuration provides the other).
 */
@AutoConfiguration(after = RedisConfiguration.class)
@EnableConfigurationProperties(FeedbackProperties.class)
public class FeedbackConfiguration {

    @Bean
    @ConditionalOnMissingBean
    FeedbackStore inMemoryFeedbackStore(PennyProperties properties, Clock clock) {
        return new InMemoryFeedbackStore(clock, properties.conversation().ttl());
    }

    @Bean
    @ConditionalOnMissingBean
    FeedbackDesk feedbackDesk(
            ConversationStore conversations,
            FeedbackStore feedback,
            MissedQuestions missed,
            ServedCatalog served,
            Clock clock) {
        return new FeedbackDesk(
                conversations,
                feedback,
                missed,
                () -> served.liveFaq().current().label(),
                clock);
    }
}
