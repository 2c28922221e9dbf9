package dev.penny.channels.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.channels.redis.RedisTestServer;
import dev.penny.channels.redis.RedisWebhookQueue;
import dev.penny.channels.testing.Eventually;
import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.MessageId;
import dev.penny.core.conversation.Turn;
import dev.penny.core.events.ConversationStarted;
import dev.penny.core.events.MessageCreated;
import dev.penny.core.events.SupportEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Webhooks against a real HTTP receiver: signed, retried, in order per conversation, and kept across a restart. */
class WebhookDeliveryIT {

    private static final String SECRET = "whsec-test";

    private final WebhookReceiver receiver = WebhookReceiver.start();
    private final List<WebhookDelivery> deliveries = new ArrayList<>();

    @AfterEach
    void stop() {
        deliveries.forEach(WebhookDelivery::close);
        receiver.close();
    }

    @Test
    void each_event_arrives_as_signed_json_the_receiver_can_verify() {
        WebhookOutbox outbox = outbox(new InMemoryWebhookQueue(1000));
        ConversationId id = ConversationId.random();
        outbox.take(List.of(new ConversationStarted("e1", Instant.parse("2026-12-06T01:00:00Z"), id, "api", "U1")));

        Eventually.within(
                Duration.ofSeconds(5), () -> assertThat(receiver.accepted()).hasSize(1));
        WebhookReceiver.Received got = receiver.accepted().get(0);
        assertThat(got.json().path("id").asString()).isEqualTo("e1");
        assertThat(got.json().path("type").asString()).isEqualTo("conversation.started");
        assertThat(got.json().path("at").asString()).isEqualTo("2026-12-06T01:00:00Z");
        assertThat(got.json().path("conversationId").asString()).isEqualTo(id.value());
        assertThat(got.json().path("data").path("externalUserId").asString()).isEqualTo("U1");
        String t = got.signature().replaceFirst("^t=(\\d+),v1=.*$", "$1");
        assertThat(got.signature()).isEqualTo(new WebhookSignature(SECRET).sign(Long.parseLong(t), got.body()));
        assertThat(got.signature()).isNotEqualTo(new WebhookSignature("other").sign(Long.parseLong(t), got.body()));
        assertThat(Math.abs(Long.parseLong(t) - Instant.now().getEpochSecond())).isLessThan(10);
    }

    @Test
    void an_event_answered_500_is_retried_and_nothing_overtakes_it() {
        receiver.answer(500, 3);
        WebhookOutbox outbox = outbox(new InMemoryWebhookQueue(1000));
        List<SupportEvent> events = messages(ConversationId.random(), 5);
        outbox.take(events);

        Eventually.within(
                Duration.ofSeconds(10),
                () -> assertThat(ids(receiver.accepted())).containsExactlyElementsOf(ids(events)));
        assertThat(receiver.received()).hasSize(5 + 3);
        assertThat(receiver.received().subList(0, 4))
                .extracting(r -> r.json().path("id").asString())
                .containsOnly(events.get(0).id());
    }

    @Test
    void events_of_several_conversations_queued_during_an_outage_arrive_in_order_after_it() {
        receiver.down();
        WebhookOutbox outbox = outbox(new InMemoryWebhookQueue(1000));
        List<SupportEvent> events = interleaved(4, 10);
        events.forEach(e -> outbox.take(List.of(e)));
        sleep(Duration.ofMillis(300));
        receiver.up();

        Eventually.within(
                Duration.ofSeconds(10), () -> assertThat(receiver.accepted()).hasSize(events.size()));
        assertThat(perConversation(receiver.accepted())).isEqualTo(perConversationOf(events));
    }

    @Test
    void undelivered_events_on_redis_are_delivered_in_order_by_the_next_process() {
        RedisTestServer redis = RedisTestServer.get();
        redis.flush();
        receiver.answer(503, 1_000_000);
        WebhookDelivery first = delivery(new RedisWebhookQueue(redis.template(), 1000));
        WebhookOutbox before = new WebhookOutbox(properties(), new RedisWebhookQueue(redis.template(), 1000), first);
        List<SupportEvent> events = interleaved(3, 10);
        before.take(events);
        Eventually.within(
                Duration.ofSeconds(5), () -> assertThat(receiver.received()).isNotEmpty());
        first.close();
        deliveries.remove(first);

        receiver.close();
        try (WebhookReceiver after = WebhookReceiver.start()) {
            WebhookProperties properties = properties(after.url());
            WebhookDelivery second =
                    new WebhookDelivery(properties, new RedisWebhookQueue(redis.template(), 1000), Clock.systemUTC());
            deliveries.add(second);
            second.start();

            Eventually.within(
                    Duration.ofSeconds(10), () -> assertThat(after.accepted()).hasSize(events.size()));
            assertThat(ids(after.accepted())).containsExactlyElementsOf(ids(events));
            sleep(Duration.ofMillis(300));
            assertThat(after.received()).as("each delivered once").hasSize(events.size());
        }
    }

    private WebhookOutbox outbox(WebhookQueue queue) {
        return new WebhookOutbox(properties(), queue, delivery(queue));
    }

    private WebhookDelivery delivery(WebhookQueue queue) {
        WebhookDelivery delivery = new WebhookDelivery(properties(), queue, Clock.systemUTC());
        deliveries.add(delivery);
        delivery.start();
        return delivery;
    }

    private WebhookProperties properties() {
        return properties(receiver.url());
    }

    private static WebhookProperties properties(String url) {
        return new WebhookProperties(
                url, SECRET, List.of(), Duration.ofSeconds(2), Duration.ofMillis(20), Duration.ofMillis(200), null);
    }

    private static List<SupportEvent> messages(ConversationId id, int count) {
        List<SupportEvent> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(MessageCreated.of(Turn.visitor(MessageId.random(), id, "message " + i, Instant.now())));
        }
        return events;
    }

    /** {@code perConversation} messages in each of {@code conversations}, taking turns. */
    private static List<SupportEvent> interleaved(int conversations, int perConversation) {
        List<ConversationId> ids = new ArrayList<>();
        for (int c = 0; c < conversations; c++) {
            ids.add(ConversationId.random());
        }
        List<SupportEvent> events = new ArrayList<>();
        for (int i = 0; i < perConversation; i++) {
            for (ConversationId id : ids) {
                events.add(MessageCreated.of(Turn.visitor(MessageId.random(), id, "message " + i, Instant.now())));
            }
        }
        return events;
    }

    private static List<String> ids(List<?> eventsOrReceived) {
        return eventsOrReceived.stream()
                .map(e -> e instanceof SupportEvent event
                        ? event.id()
                        : ((WebhookReceiver.Received) e).json().path("id").asString())
                .toList();
    }

    private static Map<String, List<String>> perConversation(List<WebhookReceiver.Received> received) {
        return received.stream()
                .collect(Collectors.groupingBy(
                        r -> r.json().path("conversationId").asString(),
                        Collectors.mapping(r -> r.json().path("id").asString(), Collectors.toList())));
    }

    private static Map<String, List<String>> perConversationOf(List<SupportEvent> events) {
        return events.stream()
                .collect(Collectors.groupingBy(
                        e -> e.conversationId().value(), Collectors.mapping(SupportEvent::id, Collectors.toList())));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
