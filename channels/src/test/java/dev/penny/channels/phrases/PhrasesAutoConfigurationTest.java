package dev.penny.channels.phrases;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.core.engine.BotPhrases;
import dev.penny.core.engine.BundledPhrasebook;
import dev.penny.core.engine.Phrasebook;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class PhrasesAutoConfigurationTest {

    private final ApplicationContextRunner runner =
            new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(PhrasesAutoConfiguration.class));

    @Test
    void penny_speaks_its_bundled_phrases_by_default() {
        runner.run(context -> assertThat(context).getBean(Phrasebook.class).isInstanceOf(BundledPhrasebook.class));
    }

    @Test
    void the_applications_phrasebook_wins() {
        runner.withUserConfiguration(PiratePhrases.class).run(context -> {
            assertThat(context).hasSingleBean(Phrasebook.class);
            assertThat(context.getBean(Phrasebook.class).phrases(Locale.ENGLISH).connecting())
                    .isEqualTo("Arr, a deckhand be comin'.");
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class PiratePhrases {

        @Bean
        Phrasebook piratePhrasebook() {
            return locale -> new BotPhrases(
                    "Be it one o' these?",
                    "Arr, a deckhand be comin'.",
                    "No deckhand aboard. Leave word.",
                    "A deckhand joined ye.",
                    "Back to the parrot.",
                    "Conversation scuttled.",
                    "All hands be busy. Leave word.",
                    List.of("deckhand"));
        }
    }
}
