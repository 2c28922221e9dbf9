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
}
