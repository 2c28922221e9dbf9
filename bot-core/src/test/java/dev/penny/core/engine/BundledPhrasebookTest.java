package dev.penny.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.core.policy.PolicySettings;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BundledPhrasebookTest {

    private final Phrasebook phrasebook = new BundledPhrasebook();

    @Test
    void korean_catalogs_get_korean_phrases() {
        BotPhrases korean = phrasebook.phrases(Locale.forLanguageTag("ko"));

        assertThat(korean.didYouMean()).isEqualTo("혹시 이 중 하나를 찾으시나요?");
        assertThat(korean.askForPerson()).isNotEmpty().isNotEqualTo(PolicySettings.ENGLISH_HANDOFF_PHRASES);
        assertThat(phrasebook.phrases(Locale.forLanguageTag("ko-KR"))).isEqualTo(korean);
    }

    @Test
    void english_is_the_fallback_whatever_the_jvm_locale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.KOREAN);
            BotPhrases french = phrasebook.phrases(Locale.FRENCH);

            assertThat(french).isEqualTo(phrasebook.phrases(Locale.ENGLISH)).isEqualTo(BotPhrases.english());
            assertThat(french.didYouMean()).isEqualTo("Did you mean one of these?");
            assertThat(french.askForPerson()).isEqualTo(PolicySettings.ENGLISH_HANDOFF_PHRASES);
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void every_shipped_language_has_every_phrase() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.KOREAN}) {
            BotPhrases phrases = phrasebook.phrases(locale);
            assertThat(phrases.askForPerson()).as(locale.toString()).isNotEmpty();
            assertThat(phrases.noAgentOnline()).as(locale.toString()).isNotBlank();
        }
    }
}
