package dev.penny.intents.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogWriterTest {

    private final CatalogWriter writer = new CatalogWriter();
    private final CatalogParser parser = new CatalogParser();

    @Test
    void writes_the_documented_layout() {
        Catalog catalog = new Catalog(
                "en",
                List.of(new Intent(
                        "card_arrival",
                        "When will my card arrive?",
                        List.of("How long does a new card take to arrive?", "my card still hasn't come"),
                        "New cards arrive within 3-5 working days.\nTrack it under [Cards](https://bank.example/cards).",
                        List.of("Activate my card", "Report a lost card"),
                        List.of("card_arrival"),
                        List.of("cards"),
                        "de")));

        assertThat(writer.write(catalog)).isEqualTo("""
                        # Penny FAQ catalog
                        locale: en
                        intents:
                          - id: card_arrival
                            title: When will my card arrive?
                            examples:
                              - How long does a new card take to arrive?
                              - my card still hasn't come
                            answer: |-
                              New cards arrive within 3-5 working days.
                              Track it under [Cards](https://bank.example/cards).
                            quick_replies: [Activate my card, Report a lost card]
                            follow_ups: [card_arrival]
                            tags: [cards]
                            locale: de
                        """);
    }

    @Test
    void round_trips_a_full_catalog() {
        Catalog catalog = parser.parse(CatalogParserTest.FULL, "faq.yml");

        assertThat(parser.parse(writer.write(catalog), "again.yml")).isEqualTo(catalog);
    }

    @Test
    void round_trips_text_that_needs_quoting() {
        Catalog catalog = new Catalog(
                "fr",
                List.of(new Intent(
                        "tricky.one-2",
                        "Title: with a colon, and # hash",
                        List.of(
                                "yes",
                                "123",
                                "null",
                                "- dash",
                                "'quoted'",
                                "\"double\"",
                                "a\nb",
                                "émoji 💳",
                                "{x}",
                                "~"),
                        "  Indented first line\n\ttab\ntrailing space \n\nend",
                        List.of("a, b", "[x]", "&anchor", "*alias"),
                        List.of(),
                        List.of("@at", "%pct"),
                        "fr")));

        String yaml = writer.write(catalog);

        assertThat(parser.parse(yaml, "tricky.yml")).isEqualTo(catalog);
    }

    @Test
    void round_trips_through_a_file(@TempDir Path dir) {
        Catalog catalog = parser.parse(CatalogParserTest.FULL, "faq.yml");
        Path file = dir.resolve("out.yml");

        writer.write(catalog, file);

        assertThat(new CatalogLoader().load(file).catalog()).isEqualTo(catalog);
    }

    @Test
    void round_trips_an_empty_catalog() {
        Catalog empty = new Catalog("en", List.of());

        assertThat(parser.parse(writer.write(empty), "empty.yml")).isEqualTo(empty);
    }
}
