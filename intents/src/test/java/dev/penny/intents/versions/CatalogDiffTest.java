package dev.penny.intents.versions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.intents.catalog.Catalog;
import dev.penny.intents.catalog.Intent;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogDiffTest {

    private static Intent intent(String id, List<String> examples, String answer) {
        return new Intent(id, null, examples, answer, List.of(), List.of(), List.of(), null);
    }

    private static Catalog catalog(Intent... intents) {
        return new Catalog("en", List.of(intents));
    }

    private final Intent card = intent("card_arrival", List.of("where is my card", "card not arrived"), "Soon.");
    private final Intent pin = intent("pin_reset", List.of("reset pin", "forgot pin"), "In the app.");

    @Test
    void a_first_version_adds_everything_sorted_by_id() {
        CatalogDiff diff = CatalogDiff.between(catalog(), catalog(pin, card));

        assertThat(diff.added()).containsExactly("card_arrival", "pin_reset");
        assertThat(diff.removed()).isEmpty();
        assertThat(diff.changed()).isEmpty();
        assertThat(diff.isEmpty()).isFalse();
    }

    @Test
    void the_same_catalog_has_no_changes() {
        assertThat(CatalogDiff.between(catalog(card, pin), catalog(pin, card)).isEmpty())
                .isTrue();
    }

    @Test
    void names_removed_intents_sorted() {
        Intent zebra = intent("zebra", List.of("a", "b"), "z");
        CatalogDiff diff = CatalogDiff.between(catalog(zebra, pin, card), catalog(pin));

        assertThat(diff.removed()).containsExactly("card_arrival", "zebra");
        assertThat(diff.added()).isEmpty();
    }

    @Test
    void lists_examples_added_and_removed_in_each_versions_order() {
        Intent edited = intent("card_arrival", List.of("z new", "where is my card", "a new"), "Soon.");

        CatalogDiff diff = CatalogDiff.between(catalog(card), catalog(edited));

        assertThat(diff.changed())
                .containsExactly(new IntentChange(
                        "card_arrival",
                        List.of("examples"),
                        List.of("z new", "a new"),
                        List.of("card not arrived"),
                        "Soon.",
                        "Soon."));
    }

    @Test
    void names_every_changed_field_in_the_documented_order() {
        Intent before = new Intent(
                "card_arrival",
                "Card?",
                List.of("a", "b"),
                "Soon.",
                List.of("Thanks"),
                List.of(),
                List.of("cards"),
                "en");
        Intent after = new Intent(
                "card_arrival",
                "Card!",
                List.of("a", "c"),
                "Later.",
                List.of("Ok"),
                List.of("pin_reset"),
                List.of(),
                "de");

        IntentChange change = CatalogDiff.between(catalog(before, pin), catalog(after, pin))
                .changed()
                .get(0);

        assertThat(change.changedFields())
                .containsExactly("title", "answer", "quickReplies", "followUps", "tags", "locale", "examples");
        assertThat(change.answerBefore()).isEqualTo("Soon.");
        assertThat(change.answerAfter()).isEqualTo("Later.");
    }

    @Test
    void reordering_examples_is_not_a_change() {
        Intent reordered = intent("card_arrival", List.of("card not arrived", "where is my card"), "Soon.");

        assertThat(CatalogDiff.between(catalog(card), catalog(reordered)).isEmpty())
                .isTrue();
    }

    @Test
    void an_answer_edit_alone_lists_only_the_answer() {
        Intent edited = intent("card_arrival", card.examples(), "Within 5 days.");

        CatalogDiff diff = CatalogDiff.between(catalog(card, pin), catalog(edited, pin));

        assertThat(diff.changed()).hasSize(1);
        assertThat(diff.changed().get(0).changedFields()).containsExactly("answer");
        assertThat(diff.changed().get(0).examplesAdded()).isEmpty();
    }

    @Test
    void a_change_of_the_catalogs_locale_changes_every_intent_that_took_it() {
        CatalogDiff diff = CatalogDiff.between(catalog(card), new Catalog("de", List.of(card)));

        assertThat(diff.changed()).extracting(IntentChange::changedFields).containsExactly(List.of("locale"));
    }
}
