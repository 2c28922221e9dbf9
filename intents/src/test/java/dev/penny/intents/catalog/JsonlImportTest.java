package dev.penny.intents.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlImportTest {

    @TempDir
    Path dir;

    @Test
    void builds_one_intent_per_label_in_order_of_first_appearance() throws Exception {
        Path file = Files.writeString(dir.resolve("train.jsonl"), """
                {"text": "where is my card", "intent": "card_arrival"}
                {"text": "I lost my card", "intent": "lost_or_stolen_card"}
                {"text": "card not here yet", "intent": "card_arrival"}
                {"text": "Where is  my card", "intent": "card_arrival"}
                {"text": "tell me a joke", "intent": "oos"}
                {"text": "my card was stolen", "intent": "lost_or_stolen_card"}
                """);

        Catalog catalog = JsonlImport.fromFile(file, "en", Map.of("lost_or_stolen_card", "Freeze it in the app."));

        assertThat(catalog.intents())
                .containsExactly(
                        new Intent(
                                "card_arrival",
                                "Card arrival",
                                List.of("where is my card", "card not here yet"),
                                "TODO: write the answer for card_arrival",
                                List.of(),
                                List.of(),
                                List.of(),
                                "en"),
                        new Intent(
                                "lost_or_stolen_card",
                                "Lost or stolen card",
                                List.of("I lost my card", "my card was stolen"),
                                "Freeze it in the app.",
                                List.of(),
                                List.of(),
                                List.of(),
                                "en"));
    }

    @Test
    void imported_catalog_loads_with_placeholder_warnings() {
        Catalog catalog = JsonlImport.fromExamples(
                List.of(new LabelledExample("a", "x"), new LabelledExample("b", "x")), null, null);
        String yaml = new CatalogWriter().write(catalog);

        LoadedCatalog loaded = new CatalogLoader().load(yaml, "imported.yml");

        assertThat(loaded.catalog()).isEqualTo(catalog);
        assertThat(loaded.warnings())
                .extracting(CatalogProblem::toString)
                .containsExactly("imported.yml:9 [x] warning: answer is still a TODO placeholder");
    }

    @Test
    void turns_labels_into_valid_ids() {
        Catalog catalog = JsonlImport.fromExamples(
                List.of(
                        new LabelledExample("where is my refund", "Refund_not_showing_up"),
                        new LabelledExample("payment came back", "reverted_card_payment?")),
                "en",
                Map.of("Refund_not_showing_up", "Refunds take 5 days."));

        assertThat(catalog.intents())
                .extracting(Intent::id, Intent::title, Intent::answer)
                .containsExactly(
                        tuple("refund_not_showing_up", "Refund not showing up", "Refunds take 5 days."),
                        tuple(
                                "reverted_card_payment",
                                "Reverted card payment",
                                "TODO: write the answer for reverted_card_payment"));
        assertThat(JsonlImport.intentId("Alarm Query!")).isEqualTo("alarm_query");
    }

    @Test
    void rejects_two_labels_that_become_one_id() {
        List<LabelledExample> rows = List.of(new LabelledExample("a", "card"), new LabelledExample("b", "Card"));

        assertThatThrownBy(() -> JsonlImport.fromExamples(rows, "en", Map.of()))
                .isInstanceOf(CatalogException.class)
                .hasMessageContaining("[card] labels 'card' and 'Card' both become card");
    }

    @Test
    void fails_on_a_malformed_line() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.jsonl"), "{\"text\": \"a\", \"intent\": \"x\"}\nnot json\n");

        assertThatThrownBy(() -> JsonlImport.fromFile(file, "en", Map.of()))
                .isInstanceOf(CatalogException.class)
                .hasMessageContaining(file + ":2 ");
    }
}
