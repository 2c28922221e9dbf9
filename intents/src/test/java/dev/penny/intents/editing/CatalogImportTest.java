package dev.penny.intents.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.penny.intents.catalog.CatalogException;
import dev.penny.intents.catalog.CatalogProblem;
import dev.penny.intents.catalog.CatalogValidator;
import dev.penny.intents.catalog.Intent;
import dev.penny.intents.catalog.LoadedCatalog;
import org.junit.jupiter.api.Test;

class CatalogImportTest {

    private static final String SOUND = """
            intents:
              - id: card_arrival
                examples: [where is my card, card not arrived, Card Not Arrived]
                answer: Soon.
              - id: pin_reset
                examples: [reset my pin, forgot pin]
                answer: In the app.
            """;

    private final CatalogImport imports = new CatalogImport();

    private static String intents(int count, int examplesEach) {
        StringBuilder yaml = new StringBuilder("intents:\n");
        for (int i = 0; i < count; i++) {
            yaml.append("  - id: i").append(i).append("\n    answer: A\n    examples:\n");
            for (int e = 0; e < examplesEach; e++) {
                yaml.append("      - intent ")
                        .append(i)
                        .append(" example number ")
                        .append(e)
                        .append('\n');
            }
        }
        return yaml.toString();
    }

    private static String problems(CatalogException e) {
        return String.join(
                "\n", e.problems().stream().map(CatalogProblem::toString).toList());
    }

    @Test
    void reads_a_sound_catalog_with_its_warnings() {
        LoadedCatalog loaded = imports.read(SOUND);

        assertThat(loaded.catalog().intents()).extracting(Intent::id).containsExactly("card_arrival", "pin_reset");
        assertThat(loaded.warnings())
                .extracting(CatalogProblem::toString)
                .containsExactly("import:3 [card_arrival] warning: example 'Card Not Arrived' is listed twice"
                        + " (first at line 3)");
    }

    @Test
    void names_the_line_of_malformed_yaml() {
        CatalogException e = catchThrowableOfType(
                () -> imports.read("intents:\n  - id: a\n    answer: \"unterminated\n    examples: [x]\n"),
                CatalogException.class);

        assertThat(e.errors()).hasSize(1);
        assertThat(e.errors().get(0).line()).isPositive();
        assertThat(e.errors().get(0).message()).startsWith("malformed YAML: ");
    }

    @Test
    void lists_every_validation_error_at_once() {
        String yaml = "intents:\n  - id: a\n    examples: [x]\n    answer: ''\n  - id: a\n    examples: [x, y]\n"
                + "    answer: B\n";

        CatalogException e = catchThrowableOfType(() -> imports.read(yaml), CatalogException.class);

        assertThat(problems(e)).isEqualTo("""
                        import:3 [a] has 1 example; the classifier needs at least 2
                        import:4 [a] answer is empty
                        import:5 [a] id a is used twice (first at line 2)
                        import:6 [a] example 'x' is also listed under a (line 3)""");
    }

    @Test
    void refuses_text_beyond_the_byte_limit_before_parsing_it() {
        CatalogImport small = new CatalogImport(new ImportLimits(100, 10, 10), new CatalogValidator());
        String yaml = "intents: [" + "x".repeat(200) + "\n";

        CatalogException e = catchThrowableOfType(() -> small.read(yaml), CatalogException.class);

        assertThat(problems(e))
                .isEqualTo("import the import has 211 bytes (0.0 MiB); at most 100 bytes (0.0 MiB) can be imported");
    }

    @Test
    void refuses_too_many_intents_and_examples_without_validating_them() {
        CatalogImport small = new CatalogImport(new ImportLimits(1_000_000, 3, 7), new CatalogValidator());

        CatalogException e = catchThrowableOfType(() -> small.read(intents(4, 2)), CatalogException.class);

        assertThat(problems(e))
                .isEqualTo("import the import has 4 intents; at most 3 can be imported\n"
                        + "import the import has 8 examples; at most 7 can be imported");
        assertThat(small.read(intents(3, 2)).catalog().intents()).hasSize(3);
    }

    @Test
    void by_default_takes_the_five_mebibytes_it_promises() {
        String yaml = intents(2_000, 50);
        assertThat(yaml.length()).isGreaterThan(3 * 1024 * 1024);

        assertThat(imports.read(yaml).catalog().trainingExamples()).hasSize(100_000);
    }
}
