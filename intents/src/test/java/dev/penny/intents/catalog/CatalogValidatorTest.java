package dev.penny.intents.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.penny.intents.catalog.CatalogProblem.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogValidatorTest {

    private final CatalogParser parser = new CatalogParser();

    @Test
    void accepts_a_sound_catalog() {
        Catalog catalog = parser.parse(CatalogParserTest.FULL, "faq.yml");

        assertThat(new CatalogValidator().validate(catalog)).isEmpty();
    }

    @Test
    void rejects_duplicate_intent_ids_naming_both_lines() {
        String yaml = """
                intents:
                  - id: card_arrival
                    examples: [a, b]
                    answer: A
                  - id: card_arrival
                    examples: [c, d]
                    answer: B
                """;

        assertThat(validate(yaml))
                .containsExactly("faq.yml:5 [card_arrival] id card_arrival is used twice (first at line 2)");
    }

    @Test
    void rejects_missing_and_malformed_ids() {
        String yaml = """
                intents:
                  - examples: [a, b]
                    answer: A
                  - id: Card Arrival
                    examples: [c, d]
                    answer: B
                """;

        assertThat(validate(yaml))
                .containsExactly(
                        "faq.yml:2 id is missing",
                        "faq.yml:4 [Card Arrival] id 'Card Arrival' may only use a-z, 0-9, '_', '.' and '-'");
    }

    @Test
    void rejects_empty_and_missing_answers() {
        String yaml = """
                intents:
                  - id: empty
                    examples: [a, b]
                    answer: "  "
                  - id: missing
                    examples: [c, d]
                """;

        assertThat(validate(yaml))
                .containsExactly("faq.yml:4 [empty] answer is empty", "faq.yml:5 [missing] answer is empty");
    }

    @Test
    void rejects_an_example_listed_under_two_intents() {
        String yaml = """
                intents:
                  - id: card_arrival
                    examples:
                      - Where is my card?
                      - card not here
                    answer: A
                  - id: card_delivery
                    examples:
                      - when is delivery
                      - "  where IS   my card? "
                    answer: B
                """;

        assertThat(validate(yaml))
                .containsExactly("faq.yml:10 [card_delivery] example 'where IS   my card?' is also listed under"
                        + " card_arrival (line 4)");
    }

    @Test
    void warns_about_an_example_listed_twice_in_one_intent() {
        String yaml = """
                intents:
                  - id: card_arrival
                    examples: [where is my card, card not here, Where is my card]
                    answer: A
                """;

        List<CatalogProblem> problems = problems(yaml, new CatalogValidator());

        assertThat(problems).extracting(CatalogProblem::severity).containsExactly(Severity.WARNING);
        assertThat(problems)
                .extracting(CatalogProblem::toString)
                .containsExactly(
                        "faq.yml:3 [card_arrival] warning: example 'Where is my card' is listed twice (first at line 3)");
    }

    @Test
    void rejects_intents_with_fewer_examples_than_the_classifier_needs() {
        String yaml = """
                intents:
                  - id: card_arrival
                    examples: [where is my card, card not here]
                    answer: A
                  - id: lost_card
                    examples: [I lost my card]
                    answer: B
                """;

        assertThat(validate(yaml))
                .containsExactly("faq.yml:6 [lost_card] has 1 example; the classifier needs at least 2");
        assertThat(problems(yaml, new CatalogValidator(3)))
                .extracting(CatalogProblem::toString)
                .containsExactly(
                        "faq.yml:3 [card_arrival] has 2 examples; the classifier needs at least 3",
                        "faq.yml:6 [lost_card] has 1 example; the classifier needs at least 3");
        assertThat(problems(yaml, new CatalogValidator(0))).isEmpty();
        assertThatThrownBy(() -> new CatalogValidator(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejects_follow_ups_naming_unknown_intents() {
        String yaml = """
                intents:
                  - id: card_arrival
                    examples: [a, b]
                    answer: A
                    follow_ups:
                      - card_arrival
                      - activate_card
                """;

        assertThat(validate(yaml))
                .containsExactly("faq.yml:7 [card_arrival] follow_ups names unknown intent 'activate_card'");
    }

    @Test
    void rejects_links_that_are_not_http() {
        String yaml = """
                intents:
                  - id: card_arrival
                    examples: [a, b]
                    answer: |
                      See [Cards](https://bank.example/cards "title") or [site](HTTP://bank.example).
                      Or [click](javascript:alert(1)), [mail](mailto:help@bank.example), [local](/cards),
                      <ftp://bank.example/f> and [nothing]().
                """;

        assertThat(validate(yaml))
                .containsExactly(
                        "faq.yml:4 [card_arrival] answer links to 'javascript:alert(1)'; only http(s) links are"
                                + " allowed",
                        "faq.yml:4 [card_arrival] answer links to 'mailto:help@bank.example'; only http(s) links are"
                                + " allowed",
                        "faq.yml:4 [card_arrival] answer links to '/cards'; only http(s) links are allowed",
                        "faq.yml:4 [card_arrival] answer has a link without a target",
                        "faq.yml:4 [card_arrival] answer links to 'ftp://bank.example/f'; only http(s) links are"
                                + " allowed");
    }

    @Test
    void warns_about_placeholder_answers() {
        String yaml = "intents:\n  - id: a\n    examples: [x, y]\n    answer: 'TODO: write the answer for a'\n";

        assertThat(problems(yaml, new CatalogValidator()))
                .extracting(CatalogProblem::toString)
                .containsExactly("faq.yml:4 [a] warning: answer is still a TODO placeholder");
    }

    @Test
    void reports_every_problem_at_once() {
        String yaml = """
                intents:
                  - id: a
                    examples: [x]
                    follow_ups: [b]
                  - id: a
                    examples: [x, y]
                    answer: "[x](data:text/html,hi)"
                """;

        assertThat(validate(yaml))
                .containsExactly(
                        "faq.yml:2 [a] answer is empty",
                        "faq.yml:3 [a] has 1 example; the classifier needs at least 2",
                        "faq.yml:4 [a] follow_ups names unknown intent 'b'",
                        "faq.yml:5 [a] id a is used twice (first at line 2)",
                        "faq.yml:6 [a] example 'x' is also listed under a (line 3)",
                        "faq.yml:7 [a] answer links to 'data:text/html,hi'; only http(s) links are allowed");
    }

    @Test
    void reports_an_empty_catalog() {
        assertThat(new CatalogValidator().validate(new Catalog("en", List.of())))
                .extracting(CatalogProblem::toString)
                .containsExactly("the catalog has no intents");
    }

    @Test
    void validates_catalogs_built_in_code_without_lines() {
        Catalog catalog = new Catalog(
                "en",
                List.of(
                        new Intent("a", null, List.of("x", "y"), "A", null, null, null, null),
                        new Intent("b", null, List.of("X", ""), "", null, null, null, null)));

        assertThat(new CatalogValidator().validate(catalog))
                .extracting(CatalogProblem::toString)
                .containsExactly(
                        "[b] answer is empty",
                        "[b] example 2 is empty",
                        "[b] has 1 example; the classifier needs at least 2",
                        "[b] example 'X' is also listed under a (intent 1)");
    }

    private List<String> validate(String yaml) {
        return problems(yaml, new CatalogValidator()).stream()
                .map(CatalogProblem::toString)
                .toList();
    }

    private List<CatalogProblem> problems(String yaml, CatalogValidator validator) {
        ParsedCatalog parsed = parser.read(new java.io.StringReader(yaml), "faq.yml");
        assertThat(parsed.problems()).as("parse problems").isEmpty();
        return validator.validate(parsed.catalog(), parsed.source(), parsed.lines());
    }
}
