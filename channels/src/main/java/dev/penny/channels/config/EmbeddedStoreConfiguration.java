package dev.penny.channels.config;

import dev.penny.channels.catalog.CatalogAnnouncements;
import dev.penny.channels.redis.RedisConfiguration;
import dev.penny.channels.security.InMemorySignInFailures;
import dev.penny.channels.security.SignInFailures;
import dev.penny.channels.visitor.Allowances;
import dev.penny.channels.visitor.InMemoryAllowances;
import dev.penny.core.conversation.ConversationEvents;
import dev.penny.core.conversation.ConversationStore;
import dev.penny.core.conversation.InMemoryConversationEvents;
import dev.penny.core.conversation.InMemoryConversationStore;
import dev.penny.core.conversation.InMemoryResumeTokens;
import dev.penny.core.conversation.ResumeTokens;
import dev.penny.core.cost.CostLedger;
import dev.penny.core.cost.InMemoryCostLedger;
import dev.penny.core.handoff.HumanHandoff;
import dev.penny.core.handoff.InMemoryHumanHandoff;
import dev.penny.core.learning.InMemoryMissedQuestions;
import dev.penny.core.learning.MissedQuestions;
import dev.penny.intents.versions.CatalogStore;
import dev.penny.intents.versions.InMemoryCatalogStore;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The in-memory twins of the ports, for when no Redis is configured; each yields to the application's own bean of
 * its port, and to the Redis ones, which are configured first.
 */
@AutoConfiguration(after = RedisConfiguration.class)
@EnableConfigurationProperties({PennyProperties.class, LearningProperties.class})
public class EmbeddedStoreConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedStoreConfiguration.class);

    @Bean
    @ConditionalOnMissingBean
    ConversationStore inMemoryConversationStore(PennyProperties properties, Clock clock) {
        log.warn("No REDIS_URL: running on the embedded in-memory store (conversations and catalog edits are lost on"
                + " restart, single node only)");
        return new InMemoryConversationStore(clock, properties.conversation().ttl());
    }

    @Bean
    @ConditionalOnMissingBean
    ResumeTokens inMemoryResumeTokens(PennyProperties properties, Clock clock) {
        return new InMemoryResumeTokens(clock, properties.conversation().ttl());
    }

    @Bean
    @ConditionalOnMissingBean
    HumanHandoff inMemoryHumanHandoff(PennyProperties properties, Clock clock) {
        return new InMemoryHumanHandoff(
                clock,
                properties.handoff().handoffExpiry(),
                properties.handoff().maxWaiting());
    }

    @Bean
    @ConditionalOnMissingBean
    CostLedger inMemoryCostLedger(PennyProperties properties, Clock clock) {
        CostProperties cost = properties.cost();
        Duration retention =
                cost.conversationRetention() == null ? properties.conversation().ttl() : cost.conversationRetention();
        return new InMemoryCostLedger(clock, retention, cost.daysKept());
    }

    @Bean
    @ConditionalOnMissingBean
    MissedQuestions inMemoryMissedQuestions(LearningProperties learning, Clock clock) {
        return new InMemoryMissedQuestions(clock, learning.limits());
    }

    @Bean
    @ConditionalOnMissingBean
    Allowances inMemoryAllowances(Clock clock) {
        return new InMemoryAllowances(clock);
    }

    @Bean
    @ConditionalOnMissingBean
    SignInFailures inMemorySignInFailures(Clock clock) {
        return new InMemorySignInFailures(clock);
    }

    @Bean
    @ConditionalOnMissingBean
    ConversationEvents inMemoryConversationEvents() {
        return new InMemoryConversationEvents();
    }

    /** The catalog lives as long as the process: edits and versions are lost on restart, as the warning says. */
    @Bean
    @ConditionalOnMissingBean
    CatalogStore inMemoryCatalogStore(Clock clock) {
        return new InMemoryCatalogStore(clock);
    }

    /** One node: the publisher serves what it publishes, and there is nobody else to tell. */
    @Bean
    @ConditionalOnMissingBean
    CatalogAnnouncements singleNodeAnnouncements() {
        return CatalogAnnouncements.none();
    }
}
