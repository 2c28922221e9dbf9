package dev.penny.channels.phrases;

import dev.penny.core.engine.BundledPhrasebook;
import dev.penny.core.engine.Phrasebook;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The bot's phrases, chosen by each catalog version's {@code locale}: Penny's bundles (English and Korean) unless the
 * application defines its own {@link Phrasebook} bean.
 */
@AutoConfiguration
public class PhrasesAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Phrasebook phrasebook() {
        return new BundledPhrasebook();
    }
}
