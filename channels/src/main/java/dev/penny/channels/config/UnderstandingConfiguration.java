package dev.penny.channels.config;

import dev.penny.channels.catalog.CatalogStartup;
import dev.penny.channels.catalog.ServedCatalog;
import dev.penny.channels.catalog.VersionTrainer;
import dev.penny.core.llm.DisabledLlmClient;
import dev.penny.core.llm.LlmClient;
import dev.penny.intents.classifier.TrainingOptions;
import dev.penny.intents.encoder.EncoderModel;
import dev.penny.intents.encoder.OnnxSentenceEncoder;
import dev.penny.intents.versions.CatalogStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

/**
 * The local model: the sentence encoder, and the live catalog version trained once at start-up (the configured
 * catalog file becomes version 1 when the store has none yet, see {@link CatalogStartup}).
 */
@Configuration(proxyBeanMethods = false)
class UnderstandingConfiguration {

    @Bean(destroyMethod = "close")
    BatchReusingEncoder sentenceEncoder(PennyProperties properties) {
        return new BatchReusingEncoder(OnnxSentenceEncoder.load(EncoderModel.resolve(properties.model(), null)));
    }

    @Bean
    VersionTrainer versionTrainer(PennyProperties properties, BatchReusingEncoder encoder, LlmClient llm) {
        return new VersionTrainer(
                encoder, properties.policy(), !(llm instanceof DisabledLlmClient), TrainingOptions.defaults());
    }

    @Bean
    ServedCatalog servedCatalog(
            PennyProperties properties,
            BatchReusingEncoder encoder,
            VersionTrainer trainer,
            CatalogStore store,
            ResourceLoader resources) {
        ServedCatalog served =
                CatalogStartup.serve(store, trainer, () -> new CatalogSource(resources).load(properties.catalog()));
        encoder.startSharing();
        return served;
    }
}
