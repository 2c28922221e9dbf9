package dev.penny.channels.config;

import dev.penny.channels.catalog.CatalogStartup;
import dev.penny.channels.catalog.ServedCatalog;
import dev.penny.channels.catalog.TrainingEncoder;
import dev.penny.channels.catalog.VersionTrainer;
import dev.penny.core.llm.DisabledLlmClient;
import dev.penny.core.llm.LlmClient;
import dev.penny.intents.classifier.TrainingOptions;
import dev.penny.intents.encoder.CachingSentenceEncoder;
import dev.penny.intents.encoder.EncoderModel;
import dev.penny.intents.encoder.OnnxSentenceEncoder;
import dev.penny.intents.encoder.SentenceEncoder;
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

    // Room for the demo catalog's 10 003 examples and answers twice over (a draft and the live version differ a
    // little); about 1.6 KB each for a 384-dimension model.
    static final int TRAINING_VECTORS = 25_000;

    @Bean(destroyMethod = "close")
    SentenceEncoder sentenceEncoder(PennyProperties properties) {
        return OnnxSentenceEncoder.load(
                EncoderModel.resolve(properties.model(), null),
                properties.dispatch().encoderThreads(),
                // no spinning: ONNX Runtime's threads share the cores with the threads that answer and send, and the
                // classifying threads' calls overlap
                false);
    }

    /**
     * Trains catalog versions. Its encodes go through a cache of the model's vectors, so retraining after an edit
     * encodes only the new texts; visitors' messages go through the serving encoder as before.
     */
    @Bean
    VersionTrainer versionTrainer(PennyProperties properties, SentenceEncoder encoder, LlmClient llm) {
        TrainingEncoder training = new TrainingEncoder(encoder, new CachingSentenceEncoder(encoder, TRAINING_VECTORS));
        return new VersionTrainer(
                training, properties.policy(), !(llm instanceof DisabledLlmClient), TrainingOptions.defaults());
    }

    @Bean
    ServedCatalog servedCatalog(
            PennyProperties properties,
            SentenceEncoder encoder,
            VersionTrainer trainer,
            CatalogStore store,
            ResourceLoader resources) {
        return CatalogStartup.serve(store, trainer, () -> new CatalogSource(resources).load(properties.catalog()));
    }
}
