package dev.penny.intents.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogParserTest {

    static final String FULL = """
            # Penny FAQ catalog
            locale: en
            intents:
              - id: card_arrival
                title: When will my card arrive?
                examples:
                  - How long does a new card take to arrive?
                  - my card still hasn't come
                answer: |
                  New cards arrive within 3-5 working days.
                  Track it in the app under [Cards](https://bank.example/cards).
                quick_replies: [Activate my card, Report a lost card]
                follow_ups: [activate_my_card]
                tags: [cards]
              - id: activate_my_card
                examples: [how do I activate my card, activate card]
                answer: Open the app and tap Activate.
                locale: de
            """;

    private final CatalogParser parser = new CatalogParser();

    @Test
    void parses_a_full_catalog() {
        Catalog catalog = parser.parse(FULL, "faq.yml");

        assertThat(catalog.locale()).isEqualTo("en");
        assertThat(catalog.intents())
                .containsExactly(
                        new Intent(
                                "card_arrival",
                                "When will my card arrive?",
                                List.of("How long does a new card take to arrive?", "my card still hasn't come"),
                                "New cards arrive within 3-5 working days.\n"
                                        + "Track it in the app under [Cards](https://bank.example/cards).",
                                List.of("Activate my card", "Report a lost card"),
                                List.of("activate_my_card"),
                                List.of("cards"),
                                "en"),
                        new Intent(
                                "activate_my_card",
                                "Activate my card",
                                List.of("how do I activate my card", "activate card"),
                                "Open the app and tap Activate.",
                                List.of(),
                                List.of(),
                                List.of(),
                                "de"));
    }

    @Test
    void parses_a_file_and_names_it_in_problems(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("faq.yml");
        Files.writeString(file, FULL);
        assertThat(parser.parse(file).intents()).hasSize(2);

        Files.writeString(file, "intents:\n  - id: a\n    exmaples: [x]\n");
        assertThatThrownBy(() -> parser.parse(file))
                .isInstanceOfSatisfying(
                        CatalogException.class,
                        e -> assertThat(e.problems())
                                .extracting(CatalogProblem::toString)
                                .containsExactly(file + ":3 [a] unknown key 'exmaples' (did you mean 'examples'?)"));
    }

    @Test
    void keeps_values_that_look_like_numbers_or_booleans_as_text() {
        Catalog catalog =
                parser.parse("intents:\n  - id: 404\n    examples: [yes, 1.5, \"null\"]\n    answer: no\n", "f");

        assertThat(catalog.intents().get(0).id()).isEqualTo("404");
        assertThat(catalog.intents().get(0).answer()).isEqualTo("no");
        assertThat(catalog.intents().get(0).examples()).containsExactly("yes", "1.5", "null");
    }

    @Test
    void reports_unknown_keys_with_their_line() {
        String yaml = """
                locale: en
                intnets: []
                intents:
                  - id: card_arrival
                    exmaples: [a, b]
                    answer: A
                    colour: blue
                """;

        assertThat(problems(yaml))
                .containsExactly(
                        "faq.yml:2 unknown key 'intnets' (did you mean 'intents'?)",
                        "faq.yml:5 [card_arrival] unknown key 'exmaples' (did you mean 'examples'?)",
                        "faq.yml:7 [card_arrival] unknown key 'colour'; expected one of [answer, examples,"
                                + " follow_ups, id, locale, quick_replies, tags, title]");
    }

    @Test
    void reports_wrong_types_instead_of_throwing() {
        String yaml = """
                intents:
                  - id: card_arrival
                    examples: my card still hasn't come
                    answer: [A, B]
                    tags:
                      - cards
                      - {nested: map}
                      - ""
                """;

        assertThat(problems(yaml))
                .containsExactly(
                        "faq.yml:3 [card_arrival] examples must be a list, not a single value",
                        "faq.yml:4 [card_arrival] answer must be text, not a list",
                        "faq.yml:7 [card_arrival] tags item 2 must be text, not a mapping",
                        "faq.yml:8 [card_arrival] tags item 3 is empty");
    }

    @Test
    void reports_intents_that_are_not_mappings() {
        assertThat(problems("intents:\n  - just a string\n"))
                .containsExactly("faq.yml:2 intents item 1 must be a mapping with id, examples and answer");
        assertThat(problems("intents: card_arrival\n")).containsExactly("faq.yml:1 intents must be a list");
        assertThat(problems("locale: en\n")).containsExactly("faq.yml:1 intents is missing");
    }

    @Test
    void reports_a_key_given_twice() {
        assertThat(problems("intents:\n  - id: a\n    answer: A\n    answer: B\n"))
                .containsExactly("faq.yml:4 [a] answer is given twice (first at line 3)");
    }

    @Test
    void reports_malformed_yaml_with_its_line() {
        String yaml = """
                intents:
                  - id: card_arrival
                    answer: "unterminated
                    examples: [a, b]
                  - id: other
                """;

        assertThat(problems(yaml))
                .containsExactly("faq.yml:6 malformed YAML: found unexpected end of stream"
                        + " (while scanning a quoted scalar at line 3)");
    }

    @Test
    void reports_bad_indentation_on_the_offending_line() {
        String yaml = "intents:\n  - id: a\n    answer: A\n   title: T\n";

        assertThat(problemList(yaml))
                .singleElement()
                .satisfies(p -> assertThat(p.line()).isEqualTo(4))
                .satisfies(p -> assertThat(p.message()).startsWith("malformed YAML: "));
    }

    @Test
    void rejects_files_that_are_not_a_catalog() {
        assertThat(problems("")).containsExactly("faq.yml:1 not a Penny catalog: the file is empty");
        assertThat(problems("- a\n- b\n"))
                .containsExactly("faq.yml:1 not a Penny catalog: expected a mapping with 'locale' and 'intents'");
    }

    private List<String> problems(String yaml) {
        return problemList(yaml).stream().map(CatalogProblem::toString).toList();
    }

    private List<CatalogProblem> problemList(String yaml) {
        try {
            parser.parse(yaml, "faq.yml");
        } catch (CatalogException e) {
            return e.problems();
        }
        return List.of();
    }

    @Test
    void refuses_anchors_and_aliases_naming_the_line() {
        String aliased = """
                locale: en
                intents:
                  - id: card_arrival
                    examples: &cards [where is my card, card not here]
                    answer: Soon.
                  - id: card_lost
                    examples: *cards
                    answer: Call us.
                """;

        assertThatThrownBy(() -> parser.parse(aliased, "faq.yml"))
                .isInstanceOf(CatalogException.class)
                .hasMessageContaining("faq.yml:4")
                .hasMessageContaining("anchors and aliases");
    }

    @Test
    void refuses_merge_keys_and_alias_bombs() {
        String merged = """
                locale: en
                base: &base {answer: Soon.}
                intents:
                  - <<: *base
                    id: card_arrival
                    examples: [where is my card]
                """;
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        // 36 aliases, under SnakeYAML's own limit of 50, expanding to 9^5 items.
        for (char level = 'b'; level <= 'e'; level++) {
            String previous = "*" + (char) (level - 1);
            bomb.append(level)
                    .append(": &")
                    .append(level)
                    .append(" [")
                    .append((previous + ", ").repeat(8))
                    .append(previous)
                    .append("]\n");
        }

        assertThatThrownBy(() -> parser.parse(merged, "faq.yml")).hasMessageContaining("anchors and aliases");
        assertThatThrownBy(() -> parser.parse(bomb.toString(), "bomb.yml"))
                .hasMessageContaining("bomb.yml:1")
                .hasMessageContaining("anchors and aliases");
    }
}
