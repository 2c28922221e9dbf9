package dev.penny.channels.desk;

import dev.penny.channels.config.PennyProperties;
import dev.penny.channels.redis.RedisDeskConfiguration;
import dev.penny.core.desk.BusinessHours;
import dev.penny.core.desk.CannedResponses;
import dev.penny.core.desk.ConversationNotes;
import dev.penny.core.desk.IdentityCheck;
import dev.penny.core.desk.InMemoryCannedResponses;
import dev.penny.core.desk.InMemoryConversationNotes;
import dev.penny.core.desk.InMemoryVisitorIdentities;
import dev.penny.core.desk.VisitorIdentities;
import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The desk's settings and its stores in memory, for when no Redis is configured ({@link RedisDeskConfiguration} provides
 * the others); each bean yields to the application's own.
 */
@AutoConfiguration(after = RedisDeskConfiguration.class)
@EnableConfigurationProperties({DeskProperties.class, PennyProperties.class})
@Import({CannedResponsesController.class, DeskController.class})
public class DeskConfiguration {

    @Bean
    @ConditionalOnMissingBean
    BusinessHours businessHours(DeskProperties desk) {
        return desk.hours().businessHours();
    }

    @Bean
    @ConditionalOnMissingBean
    IdentityCheck identityCheck(DeskProperties desk) {
        return new IdentityCheck(desk.identitySecret());
    }

    @Bean
    @ConditionalOnMissingBean
    ConversationNotes inMemoryConversationNotes(PennyProperties properties, Clock clock) {
        return new InMemoryConversationNotes(clock, properties.conversation().ttl());
    }

    @Bean
    @ConditionalOnMissingBean
    VisitorIdentities inMemoryVisitorIdentities(PennyProperties properties, Clock clock) {
        return new InMemoryVisitorIdentities(clock, properties.conversation().ttl());
    }

    @Bean
    @ConditionalOnMissingBean
    CannedResponses inMemoryCannedResponses() {
        return new InMemoryCannedResponses();
    }
}
