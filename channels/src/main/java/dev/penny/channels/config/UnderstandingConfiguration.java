package dev.penny.channels.config;

import dev.penny.intents.catalog.Catalog;
import dev.penny.intents.classifier.TrainingOptions;
import dev.penny.intents.encoder.EncoderModel;
import dev.penny.intents.encoder.OnnxSentenceEncoder;
import dev.penny.intents.encoder.SentenceEncoder;
import dev.penny.intents.understanding.CatalogUnderstanding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

/** The local model: the sentence encoder, and the classifier and retriever trained on the catalog at start-up. */
@Configuration(proxyBeanMethods = false)
class UnderstandingConfiguration {

    private static final Logger log = LoggerFactory.getLogger(UnderstandingConfiguration.class);

    @Bean(destroyMethod = "close")
    SentenceEncoder sentenceEncoder(PennyProperties properties) {
        return OnnxSentenceEncoder.load(EncoderModel.resolve(properties.model(), null));
    }

    @Bean
    CatalogUnderstanding catalogUnderstanding(
            PennyProperties properties, SentenceEncoder encoder, ResourceLoader resources) {
        Catalog catalog = new CatalogSource(resources).load(properties.catalog());
        long started = System.nanoTime();
        CatalogUnderstanding understanding = CatalogUnderstanding.train(catalog, encoder, TrainingOptions.defaults());
        log.info(
                "Trained the intent classifier on {} intents in {} ms",
                understanding.classifier().intentIds().size(),
                (System.nanoTime() - started) / 1_000_000);
        return understanding;
    }
}
