package dev.penny.intents.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlExamplesTest {

    @TempDir
    Path dir;

    @Test
    void reads_every_row_as_given_including_out_of_scope() throws Exception {
        Path file = write("""
                {"text": "I am still waiting on my card?", "intent": "card_arrival"}

                {"text": "  two\\nlines ", "intent": "card_arrival", "id": 7}
                {"text": "what's the weather", "intent": "oos"}
                """);

        assertThat(JsonlExamples.read(file))
                .containsExactly(
                        new LabelledExample("I am still waiting on my card?", "card_arrival"),
                        new LabelledExample("  two\nlines ", "card_arrival"),
                        new LabelledExample("what's the weather", "oos"));
    }

    @Test
    void names_the_line_that_is_not_json() throws Exception {
        Path file = write("{\"text\": \"a\", \"intent\": \"b\"}\n{\"text\": \"a\", \"intent\": \n");

        assertThatThrownBy(() -> JsonlExamples.read(file))
                .isInstanceOfSatisfying(
                        CatalogException.class,
                        e -> assertThat(e.problems())
                                .singleElement()
                                .satisfies(p -> assertThat(p.toString()).startsWith(file + ":2 not valid JSON: ")));
    }

    @Test
    void names_the_line_missing_a_field() throws Exception {
        Path file = write("{\"text\": \"a\", \"intent\": \"b\"}\n[1]\n");
        Path other = write("{\"text\": \"a\", \"label\": \"b\"}\n");

        assertThatThrownBy(() -> JsonlExamples.read(file))
                .hasMessageContaining(file + ":2 expected an object like {\"text\": \"...\", \"intent\": \"...\"}");
        assertThatThrownBy(() -> JsonlExamples.read(other))
                .hasMessageContaining(other + ":1 \"intent\" must be a non-empty string");
    }

    @Test
    void rejects_two_objects_on_one_line() throws Exception {
        Path file = write("{\"text\": \"a\", \"intent\": \"b\"} {\"text\": \"c\", \"intent\": \"d\"}\n");

        assertThatThrownBy(() -> JsonlExamples.read(file)).hasMessageContaining(file + ":1 not valid JSON");
    }

    private Path write(String content) throws Exception {
        return Files.writeString(Files.createTempFile(dir, "rows", ".jsonl"), content);
    }
}
