package dev.penny.channels.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * A conversation reaches the turn cap: the widget does not mark the visitor's next message as failed but starts a new
 * conversation with it, says so, and the message is answered there, once.
 */
@TestPropertySource(properties = "penny.abuse.turns-per-conversation=4")
class WidgetTurnCapBrowserIT extends PennyInBrowser {

    @Test
    void a_message_beyond_the_turn_cap_starts_a_new_conversation_and_is_answered_there() {
        WidgetOnPage widget = visitorOn("").open();
        widget.until(d -> widget.conversationId() != null);
        String first = widget.conversationId();

        for (int answered = 1; answered <= 3; answered++) { // two questions fill the four turns; the third is over
            widget.ask("How do I change my PIN?");
            int expected = answered;
            widget.until(d -> answers(widget) == expected);
        }
        widget.awaitReply("as long as it can be");

        assertThat(widget.conversationId()).isNotNull().isNotEqualTo(first);
        assertThat(widget.all(".msg.failed")).as("messages marked as failed").isEmpty();
        assertThat(answers(widget)).as("answers, none twice").isEqualTo(3);
    }

    private static long answers(WidgetOnPage widget) {
        return widget.transcript().stream()
                .filter(t -> t.contains("PIN services"))
                .count();
    }
}
