package dev.penny.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.core.llm.GroundedQuestion;
import dev.penny.core.understanding.ArticlePassage;
import dev.penny.core.understanding.FaqEntry;
import dev.penny.core.understanding.FaqMatch;
import dev.penny.core.understanding.PassageMatch;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroundedLinksTest {

    private final GroundedLinks links = new GroundedLinks(new GroundedQuestion(
            "how do refunds work",
            List.of(new FaqMatch(
                    new FaqEntry(
                            "refunds",
                            "Refunds",
                            "See [refunds](https://bank.example/refunds) or mail help@bank.example.",
                            List.of()),
                    0.8)),
            List.of(new PassageMatch(
                    new ArticlePassage(
                            "returns",
                            "Returns › Labels",
                            "https://help.example.com/returns#labels",
                            "Print it at https://help.example.com/labels."),
                    0.7))));

    @Test
    void keeps_links_the_entries_and_passages_hold() {
        String answer = "Read [refunds](https://bank.example/refunds), print at https://help.example.com/labels."
                + " [Returns](https://help.example.com/returns#labels) [all](https://help.example.com/returns)";

        assertThat(links.keepGrounded(answer)).isEqualTo(answer);
    }

    @Test
    void drops_links_to_anywhere_else_keeping_labels_and_punctuation() {
        assertThat(links.keepGrounded("Go [here](https://evil.example/x), or https://evil.example/y."))
                .isEqualTo("Go here, or.");
        assertThat(links.keepGrounded("[Run](javascript:alert(1)) <https://evil.example> www.evil.example now"))
                .isEqualTo("Run now");
        assertThat(links.keepGrounded("See [refunds](https://bank.example/refunds-elsewhere)"))
                .isEqualTo("See refunds");
    }
}
