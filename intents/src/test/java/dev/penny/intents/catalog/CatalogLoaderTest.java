package dev.penny.intents.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogLoaderTest {

    private final CatalogLoader loader = new CatalogLoader();

    @Test
    void loads_a_sound_catalog_file(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("faq.yml");
        Files.writeString(file, CatalogParserTest.FULL);

        LoadedCatalog loaded = loader.load(file);

        assertThat(loaded.catalog().intents())
                .extracting(Intent::id)
                .containsExactly("card_arrival", "activate_my_card");
        assertThat(loaded.warnings()).isEmpty();
    }

    @Test
    void keeps_warnings_of_a_usable_catalog() {
        String yaml = "intents:\n  - id: a\n    examples: [x, y, X]\n    answer: A\n";

        LoadedCatalog loaded = loader.load(yaml, "faq.yml");

        assertThat(loaded.warnings())
                .extracting(CatalogProblem::toString)
                .containsExactly("faq.yml:3 [a] warning: example 'X' is listed twice (first at line 3)");
    }

    @Test
    void lists_parse_and_validation_problems_together_in_line_order() {
        String yaml = """
                intents:
                  - id: card_arrival
                    exmaples: [a, b]
                    answer: ""
                  - id: lost_card
                    examples: [x, y, x]
                    answer: Freeze it.
                """;

        assertThatThrownBy(() -> loader.load(yaml, "faq.yml")).isInstanceOfSatisfying(CatalogException.class, e -> {
            assertThat(e.problems())
                    .extracting(CatalogProblem::toString)
                    .containsExactly(
                            "faq.yml:3 [card_arrival] unknown key 'exmaples' (did you mean 'examples'?)",
                            "faq.yml:4 [card_arrival] answer is empty",
                            "faq.yml:6 [lost_card] warning: example 'x' is listed twice (first at line 6)");
            assertThat(e.errors()).hasSize(2);
            assertThat(e.warnings()).hasSize(1);
            assertThat(e.getMessage()).startsWith("2 catalog errors:\n  faq.yml:3 [card_arrival]");
        });
    }

    @Test
    void does_not_repeat_a_wrong_type_as_a_missing_value() {
        String yaml = "intents:\n  - id: a\n    examples: x\n    answer: [A]\n";

        assertThatThrownBy(() -> loader.load(yaml, "faq.yml"))
                .isInstanceOfSatisfying(
                        CatalogException.class,
                        e -> assertThat(e.problems())
                                .extracting(CatalogProblem::toString)
                                .containsExactly(
                                        "faq.yml:3 [a] examples must be a list, not a single value",
                                        "faq.yml:4 [a] answer must be text, not a list"));
    }

    @Test
    void does_not_repeat_a_wrong_type_id_as_a_missing_id() {
        String yaml = "intents:\n  - id: {x: 1}\n    examples: [a, b]\n    answer: A\n";

        assertThatThrownBy(() -> loader.load(yaml, "faq.yml"))
                .isInstanceOfSatisfying(
                        CatalogException.class,
                        e -> assertThat(e.problems())
                                .extracting(CatalogProblem::toString)
                                .containsExactly("faq.yml:2 id must be text, not a mapping"));
    }

    @Test
    void reports_malformed_yaml_alone() {
        assertThatThrownBy(() -> loader.load("intents: [\n", "faq.yml"))
                .isInstanceOfSatisfying(
                        CatalogException.class,
                        e -> assertThat(e.problems())
                                .singleElement()
                                .satisfies(p -> assertThat(p.message()).startsWith("malformed YAML")));
    }

    @Test
    void applies_the_validators_minimum() {
        String yaml = "intents:\n  - id: a\n    examples: [x]\n    answer: A\n";

        assertThat(new CatalogLoader(new CatalogValidator(1))
                        .load(yaml, "f")
                        .catalog()
                        .intents())
                .hasSize(1);
        assertThatThrownBy(() -> loader.load(yaml, "f")).isInstanceOf(CatalogException.class);
    }
}
