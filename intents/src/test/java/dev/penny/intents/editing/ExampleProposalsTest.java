package dev.penny.intents.editing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.core.cost.CostSettings;
import dev.penny.core.cost.EditorLlmSpending;
import dev.penny.core.cost.InMemoryCostLedger;
import dev.penny.intents.catalog.Catalog;
import dev.penny.intents.catalog.Intent;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExampleProposalsTest {

    private static final Intent REFUND = intent("refund", "How do I get a refund?", "I want my money back");
    private static final Intent CARD = intent("card_arrival", "When will my card arrive?", "Where is my new card");
    private static final Catalog DRAFT = new Catalog("en", List.of(REFUND, CARD));

    @Test
    void keeps_new_paraphrases_cleaned_of_numbering_and_quotes() {
        List<String> lines =
                List.of("1. Can I get my money back?", "- \"How are refunds done?\"", "", "Here are some ideas:  ");

        List<String> kept = ExampleProposals.keep(lines, REFUND, DRAFT, 5);

        assertThat(kept).containsExactly("Can I get my money back?", "How are refunds done?", "Here are some ideas:");
    }

    @Test
    void drops_what_repeats_an_example_of_this_or_another_intent_or_an_earlier_proposal() {
        List<String> lines = List.of(
                "how do i  get a REFUND?", "Where is my new card", "Refund please", "refund   please", "Money back?");

        List<String> kept = ExampleProposals.keep(lines, REFUND, DRAFT, 5);

        assertThat(kept).containsExactly("Refund please", "Money back?");
    }

    @Test
    void drops_personal_data_and_overlong_lines_and_stops_at_the_count() {
        List<String> lines = List.of(
                "Refund to jane@example.com please", "x".repeat(301), "Refund one", "Refund two", "Refund three");

        List<String> kept = ExampleProposals.keep(lines, REFUND, DRAFT, 2);

        assertThat(kept).containsExactly("Refund one", "Refund two");
    }

    @Test
    void asks_the_paraphraser_with_the_examples_masked() {
        List<Intent> asked = new ArrayList<>();
        Intent withEmail = intent("refund", "Refund to jane@example.com", "I want my money back");
        ExampleProposals proposals = new ExampleProposals(
                (intent, count) -> {
                    asked.add(intent);
                    return new ExampleParaphraser.Paraphrases(List.of("Can I have a refund?"), 90, 10);
                },
                new EditorLlmSpending(
                        new InMemoryCostLedger(Clock.systemUTC(), Duration.ofHours(1), 1), CostSettings.defaults()));

        List<String> kept = proposals.propose(withEmail, DRAFT, 3);

        assertThat(kept).containsExactly("Can I have a refund?");
        assertThat(asked.get(0).examples()).containsExactly("Refund to [email]", "I want my money back");
    }

    private static Intent intent(String id, String... examples) {
        return new Intent(id, null, List.of(examples), "Answer " + id, List.of(), List.of(), List.of(), "en");
    }
}
