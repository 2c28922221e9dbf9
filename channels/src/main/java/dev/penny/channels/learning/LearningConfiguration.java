package dev.penny.channels.learning;

import dev.penny.channels.config.LearningProperties;
import dev.penny.intents.encoder.SentenceEncoder;
import dev.penny.intents.learning.CatalogSuggestions;
import dev.penny.intents.learning.QuestionGrouping;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Suggestions from traffic, with the thresholds of {@code penny.learning.*} or the measured defaults. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LearningProperties.class)
class LearningConfiguration {

    @Bean
    CatalogSuggestions catalogSuggestions(SentenceEncoder encoder, LearningProperties learning) {
        double similarity =
                learning.groupSimilarity() == null ? QuestionGrouping.DEFAULT_SIMILARITY : learning.groupSimilarity();
        double nearIntent = learning.nearIntentConfidence() == null
                ? CatalogSuggestions.DEFAULT_NEAR_INTENT_CONFIDENCE
                : learning.nearIntentConfidence();
        return new CatalogSuggestions(encoder, new QuestionGrouping(similarity), nearIntent);
    }
}
