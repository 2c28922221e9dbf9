package dev.penny.core.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.penny.core.conversation.ConversationId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LeftMessageTest {

    private final ConversationId id = ConversationId.random();
    private final Instant at = Instant.parse("2025-03-14T09:00:00Z");

    @Test
    void needs_something_like_an_email_address_and_text() {
        assertThat(new LeftMessage(id, " ana@example.com ", "Card?", at).email())
                .isEqualTo("ana@example.com");
        assertThatThrownBy(() -> new LeftMessage(id, "ana at example", "Card?", at))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LeftMessage(id, "ana@example.com", " ", at))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refuses_an_address_longer_than_smtp_allows_before_matching_it() {
        String local = "a".repeat(64);
        String fits = local + "@" + "b".repeat(LeftMessage.MAX_EMAIL_LENGTH - 64 - 5) + ".com";
        assertThat(new LeftMessage(id, fits, "Card?", at).email()).hasSize(LeftMessage.MAX_EMAIL_LENGTH);
        assertThatThrownBy(() -> new LeftMessage(id, "a@" + "b".repeat(20_000), "Card?", at))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 254 characters");
    }
}
