package dev.penny.channels.analytics;

import dev.penny.channels.catalog.ServedCatalog;
import dev.penny.channels.config.LearningProperties;
import dev.penny.channels.config.PennyProperties;
import dev.penny.channels.learning.LearningConfiguration;
import dev.penny.channels.ops.ShutdownStep;
import dev.penny.channels.redis.RedisConfiguration;
import dev.penny.core.analytics.AnalyticsCounters;
import dev.penny.core.analytics.InMemoryAnalyticsCounters;
import dev.penny.core.analytics.SupportAnalytics;
import dev.penny.core.engine.LiveFaq;
import dev.penny.core.learning.MissedQuestions;
import dev.penny.intents.learning.CatalogSuggestions;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The analytics page's counters and API: support events, costs and feedback counted into hourly and daily buckets
 * (in memory, or in Redis when the Redis configuration provides the counters), the same counts as Micrometer meters,
 * and {@code /api/analytics}.
 */
@AutoConfiguration(after = {RedisConfiguration.class, LearningConfiguration.class})
@EnableConfigurationProperties({AnalyticsProperties.class, PennyProperties.class, LearningProperties.class})
@Import(AnalyticsController.class)
public class AnalyticsConfiguration {

    /** Static: a bean post-processor is made before other beans, and must not pull them in early. */
    @Bean
    static CountedPorts analyticsCountedPorts(ObjectProvider<SupportAnalytics> analytics) {
        return new CountedPorts(analytics);
    }

    @Bean
    @ConditionalOnMissingBean
    AnalyticsCounters inMemoryAnalyticsCounters(
            AnalyticsProperties analytics, PennyProperties properties, Clock clock) {
        return new InMemoryAnalyticsCounters(
                clock,
                analytics.hoursKept(),
                analytics.daysKept(),
                properties.conversation().ttl());
    }

    /** Closed (its last counts written) before the store it writes to. */
    @Bean(destroyMethod = "close")
    AnalyticsBuffer analyticsBuffer(AnalyticsCounters counters, AnalyticsProperties analytics) {
        return new AnalyticsBuffer(counters, analytics.flushEvery());
    }

    /**
     * Writes the counts held at shutdown while Redis still answers: its connections stop before beans are destroyed,
     * so the buffer's own last write, at its destruction, would find them closed and the counts would be lost.
     */
    @Bean
    ShutdownStep analyticsLastCounts(AnalyticsBuffer buffer) {
        return new ShutdownStep(ShutdownStep.BEFORE_REDIS_CLOSES, buffer::flushQuietly);
    }

    @Bean
    @ConditionalOnMissingBean
    SupportAnalytics supportAnalytics(
            AnalyticsBuffer buffer, ServedCatalog served, Clock clock, ObjectProvider<MeterRegistry> registry) {
        MeterRegistry meters = registry.getIfAvailable();
        AnalyticsCounters counters = buffer.counters();
        return new SupportAnalytics(
                meters == null ? counters : new MeteredAnalyticsCounters(counters, meters),
                () -> served.liveFaq().current().label(),
                clock);
    }

    @Bean
    SupportEventCounting supportEventCounting(SupportAnalytics analytics) {
        return new SupportEventCounting(analytics);
    }

    @Bean
    MissedGroups analyticsMissedGroups(
            MissedQuestions missed, LiveFaq live, CatalogSuggestions suggestions, LearningProperties learning) {
        return new MissedGroups(missed, live, suggestions, learning);
    }
}
