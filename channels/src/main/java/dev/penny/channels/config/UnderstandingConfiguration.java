package dev.penny.channels.config;

import dev.penny.channels.catalog.CatalogStartup;
import dev.penny.channels.catalog.DirectoryArticles;
import dev.penny.channels.catalog.LocalUnderstanding;
import dev.penny.channels.catalog.ServedCatalog;
import dev.penny.channels.catalog.TrainingEncoder;
import dev.penny.channels.catalog.VersionTrainer;
import dev.penny.core.engine.BundledPhrasebook;
import dev.penny.core.engine.Phrasebook;
import dev.penny.core.llm.DisabledLlmClient;
import dev.penny.core.llm.LlmClient;
import dev.penny.core.policy.PolicySettings;
import dev.penny.intents.classifier.TrainingOptions;
import dev.penny.intents.encoder.CachingSentenceEncoder;
import dev.penny.intents.encoder.SentenceEncoder;
import dev.penny.intents.knowledge.Article;
import dev.penny.intents.knowledge.ArticleLimits;
import dev.penny.intents.understanding.UnderstandingTrainer;
import dev.penny.intents.versions.CatalogStore;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ResourceLoader;

/**
 * The local model: the sentence encoder, and the live catalog version trained once at start-up (the configured
 * catalog file becomes version 1 when the store has none yet, see {@link CatalogStartup}).
 */
@AutoConfiguration
@EnableConfigurationProperties({PennyProperties.class, KnowledgeProperties.class})
public class UnderstandingConfiguration {

    // Room for the demo catalog's 10 003 examples and answers twice over (a draft and the live version differ a
    // little); about 1.6 KB each for a 384-dimension model.
    static final int TRAINING_VECTORS = 25_000;

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    ServingEncoders servingEncoders(PennyProperties properties) {
        return ServingEncoders.load(properties.model(), properties.dispatch().encoderThreads());
    }

    /** The primary encoder, which the retriever and the grouping of missed questions share; closed with the rest. */
    @Bean(destroyMethod = "")
    @ConditionalOnMissingBean
    SentenceEncoder sentenceEncoder(ServingEncoders encoders) {
        return encoders.primary();
    }

    /**
     * Penny's own understanding. Its encodes go through a cache of each model's vectors, so retraining after an edit
     * encodes only the new texts; visitors' messages go through the serving encoders as before.
     */
    @Bean
    @ConditionalOnMissingBean
    LocalUnderstanding localUnderstanding(ServingEncoders encoders) {
        List<TrainingEncoder> training = encoders.all().stream()
                .map(encoder -> new TrainingEncoder(encoder, new CachingSentenceEncoder(encoder, TRAINING_VECTORS)))
                .toList();
        return new LocalUnderstanding(training, TrainingOptions.defaults());
    }

    /** What trains each catalog version's classifier and retriever: Penny's own, unless the application brings one. */
    @Bean
    @ConditionalOnMissingBean
    UnderstandingTrainer understandingTrainer(LocalUnderstanding local) {
        return local::train;
    }

    /**
     * The policy of each version: an application's {@link PolicySettings} bean for every version if it has one, else
     * the configured thresholds completed from each version's calibration.
     */
    @Bean
    @ConditionalOnMissingBean
    VersionPolicy versionPolicy(PennyProperties properties, LlmClient llm, ObjectProvider<PolicySettings> fixed) {
        PolicySettings settings = fixed.getIfAvailable();
        return settings != null
                ? VersionPolicy.fixed(settings)
                : VersionPolicy.calibrated(properties.policy(), !(llm instanceof DisabledLlmClient));
    }

    @Bean
    @ConditionalOnMissingBean
    VersionTrainer versionTrainer(
            UnderstandingTrainer understanding,
            VersionPolicy policy,
            LocalUnderstanding local,
            ObjectProvider<Phrasebook> phrasebook) {
        return new VersionTrainer(understanding, policy, local, phrasebook.getIfAvailable(BundledPhrasebook::new));
    }

    @Bean
    @ConditionalOnMissingBean
    ServedCatalog servedCatalog(
            PennyProperties properties,
            SentenceEncoder encoder,
            VersionTrainer trainer,
            CatalogStore store,
            ResourceLoader resources,
            KnowledgeProperties knowledge,
            ObjectProvider<ArticleLimits> articleLimits) {
        ArticleLimits limits = articleLimits.getIfAvailable(ArticleLimits::defaults);
        List<Article> articles = knowledge
                .directoryPath()
                .map(dir -> DirectoryArticles.read(dir, knowledge.baseUrl(), limits))
                .orElse(List.of());
        ServedCatalog served = CatalogStartup.serve(
                store,
                trainer,
                () -> new CatalogSource(resources).load(properties.catalog()).withArticles(articles));
        DirectoryArticles.putInDraft(store, articles, limits);
        return served;
    }
}
