package dev.penny.channels.learning;

import dev.penny.channels.config.LearningProperties;
import dev.penny.intents.encoder.SentenceEncoder;
import dev.penny.intents.learning.CatalogSuggestions;
import dev.penny.intents.learning.QuestionGrouping;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** Suggestions from traffic, with the thresholds of {@code penny.learning.*} or the measured defaults. */
@AutoConfiguration
@EnableConfigurationProperties(LearningProperties.class)
@Import(SuggestionsController.class)
public class LearningConfiguration {

    @Bean
    @ConditionalOnMissingBean
    CatalogSuggestions catalogSuggestions(SentenceEncoder encoder, LearningProperties learning) {
        double similarity =
                learning.groupSimilarity() == null ? QuestionGrouping.DEFAULT_SIMILARITY : learning.groupSimilarity();
        double nearIntent = learning.nearIntentConfidence() == null
                ? CatalogSuggestions.DEFAULT_NEAR_INTENT_CONFIDENCE
                : learning.nearIntentConfidence();
        return new CatalogSuggestions(encoder, new QuestionGrouping(similarity), nearIntent);
    }
}
