package dev.penny.channels.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.channels.webhooks.WebhookQueue.Entry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The in-process webhook queue drops an erased conversation's undelivered events, as the Redis one does. */
class InMemoryWebhookQueueTest {

    @Test
    void erasing_a_conversation_drops_its_undelivered_events_and_no_others() {
        InMemoryWebhookQueue queue = new InMemoryWebhookQueue(100);
        queue.addAll(List.of(body("gone", 1), body("kept", 2), body("gone", 3), "not json", body("kept", 4)));

        assertThat(queue.erase("gone")).isEqualTo(2);

        assertThat(queue.next(10))
                .extracting(Entry::body)
                .containsExactly(body("kept", 2), "not json", body("kept", 4));
        assertThat(queue.erase("gone")).isZero();
    }

    private static String body(String conversationId, int i) {
        return "{\"id\":\"e" + i + "\",\"conversationId\":\"" + conversationId + "\",\"data\":{}}";
    }
}
