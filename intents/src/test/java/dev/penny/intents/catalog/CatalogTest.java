package dev.penny.intents.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.core.understanding.FaqEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogTest {

    private final Catalog catalog = new Catalog(
            "en",
            List.of(
                    new Intent(
                            "card_arrival",
                            "When will my card arrive?",
                            List.of("where is my card", "card not here yet"),
                            "Within 3-5 working days.",
                            List.of("Activate my card"),
                            List.of(),
                            List.of("cards"),
                            null),
                    new Intent("lost_card", null, List.of("I lost my card"), "Freeze it.", null, null, null, "de")));

    @Test
    void finds_intents_by_id() {
        assertThat(catalog.intent("lost_card")).map(Intent::answer).contains("Freeze it.");
        assertThat(catalog.intent("nope")).isEmpty();
    }

    @Test
    void gives_one_faq_entry_per_intent() {
        assertThat(catalog.faqEntries())
                .containsExactly(
                        new FaqEntry(
                                "card_arrival",
                                "When will my card arrive?",
                                "Within 3-5 working days.",
                                List.of("Activate my card")),
                        new FaqEntry("lost_card", "Lost card", "Freeze it.", List.of()));
    }

    @Test
    void labels_every_example_with_its_intent() {
        assertThat(catalog.trainingExamples())
                .containsExactly(
                        new LabelledExample("where is my card", "card_arrival"),
                        new LabelledExample("card not here yet", "card_arrival"),
                        new LabelledExample("I lost my card", "lost_card"));
    }

    @Test
    void intents_without_a_locale_take_the_catalogs() {
        assertThat(catalog.intents()).extracting(Intent::locale).containsExactly("en", "de");
        assertThat(new Catalog(null, List.of()).locale()).isEqualTo(Catalog.DEFAULT_LOCALE);
    }

    @Test
    void missing_title_defaults_to_the_humanised_id() {
        Intent intent = new Intent("card-arrival.v2_x", " ", List.of(), "a", null, null, null, null);

        assertThat(intent.title()).isEqualTo("Card arrival v2 x");
    }

    @Test
    void strips_text_and_turns_null_lists_empty() {
        Intent intent = new Intent(" a ", " T ", List.of(" hi "), " answer\n", null, null, null, null);

        assertThat(intent)
                .isEqualTo(new Intent("a", "T", List.of("hi"), "answer", List.of(), List.of(), List.of(), null));
    }
}
