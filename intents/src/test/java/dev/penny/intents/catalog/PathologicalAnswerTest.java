package dev.penny.intents.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An editor's crafted answer cannot make the link check backtrack: it is linear, and an answer is capped first. */
class PathologicalAnswerTest {

    private static final int MEGABYTE = 1 << 20;

    @Test
    void a_megabyte_of_brackets_is_checked_for_links_within_seconds() {
        List<String> reasons =
                assertTimeoutPreemptively(Duration.ofSeconds(5), () -> AnswerLinks.unsafe("[".repeat(MEGABYTE)));
        assertThat(reasons).isEmpty();

        String links = "[a](".repeat(MEGABYTE / 8) + "[b](javascript:alert(1))";
        assertThat(assertTimeoutPreemptively(Duration.ofSeconds(5), () -> AnswerLinks.unsafe(links)))
                .contains("answer links to 'javascript:alert(1)'; only http(s) links are allowed");
    }

    @Test
    void a_link_target_as_long_as_an_answer_may_be_is_checked() {
        int room = IntentChecks.MAX_ANSWER_CHARS - 20;
        for (String target : List.of("x".repeat(room), "(x)".repeat(room / 3), "x(".repeat(room / 2))) {
            assertThat(assertTimeoutPreemptively(Duration.ofSeconds(5), () -> AnswerLinks.unsafe("[a](" + target)))
                    .hasSize(1);
        }
    }

    @Test
    void an_answer_longer_than_the_cap_is_refused_without_its_links_being_searched() {
        Intent intent = new Intent(
                "card.lost",
                "Lost card",
                List.of("I lost my card", "my card is gone", "card missing"),
                "[".repeat(MEGABYTE),
                List.of(),
                List.of(),
                List.of(),
                null);
        List<String> errors = new ArrayList<>();
        IntentFindings findings = new IntentFindings() {
            @Override
            public void error(int i, String field, int item, String message) {
                errors.add(field + ": " + message);
            }

            @Override
            public void warning(int i, String field, int item, String message) {}

            @Override
            public String where(int i, String field, int item) {
                return field;
            }
        };

        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> IntentChecks.checkIntent(intent, 0, 3, findings));

        assertThat(errors)
                .containsExactly(
                        "answer: answer has " + MEGABYTE + " characters; at most " + IntentChecks.MAX_ANSWER_CHARS);
    }
}
