package dev.penny.channels.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.channels.webhooks.WebhookQueue.Entry;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The webhooks' queue in Redis: in order, bounded, trimmed on delivery, with one deliverer at a time. */
class RedisWebhookQueueIT {

    private final RedisTestServer server = RedisTestServer.get();
    private final StringRedisTemplate redis = server.template();

    @BeforeEach
    void empty() {
        server.flush();
    }

    @Test
    void entries_come_back_in_order_after_the_last_delivered_one_and_delivered_ones_are_trimmed() {
        RedisWebhookQueue queue = new RedisWebhookQueue(redis, 1000);
        queue.addAll(List.of("a", "b", "c"));
        queue.addAll(List.of("d"));

        List<Entry> first = queue.next(2);
        assertThat(first).extracting(Entry::body).containsExactly("a", "b");
        queue.delivered(first.get(1));

        assertThat(new RedisWebhookQueue(redis, 1000).next(10))
                .extracting(Entry::body)
                .containsExactly("c", "d");
        assertThat(redis.opsForStream().size(RedisKeys.webhookEvents())).isLessThanOrEqualTo(3);
    }

    @Test
    void erasing_a_conversation_drops_its_undelivered_events_and_no_others_across_pages() {
        RedisWebhookQueue queue = new RedisWebhookQueue(redis, 10_000);
        queue.addAll(List.of(body("gone", 0), body("kept", 0)));
        queue.delivered(queue.next(1).get(0)); // the erased conversation's first event went out already
        queue.addAll(IntStream.range(1, 2500)
                .mapToObj(i -> body(i % 2 == 0 ? "gone" : "kept", i))
                .toList());
        queue.addAll(List.of("not json", "{\"conversationId\":7}"));

        assertThat(queue.erase("gone")).isEqualTo(1249);

        List<String> left = queue.next(5000).stream().map(Entry::body).toList();
        assertThat(left).hasSize(1 + 1250 + 2).noneMatch(b -> b.contains("\"gone\""));
        assertThat(left.get(0)).isEqualTo(body("kept", 0));
        assertThat(queue.erase("gone")).isZero();
    }

    static String body(String conversationId, int i) {
        return "{\"id\":\"e" + i + "\",\"type\":\"message.created\",\"conversationId\":\"" + conversationId
                + "\",\"data\":{\"text\":\"conversationId gone\"}}";
    }

    @Test
    void the_stream_is_capped_at_about_the_backlog() {
        RedisWebhookQueue queue = new RedisWebhookQueue(redis, 100);
        queue.addAll(IntStream.range(0, 2000).mapToObj(i -> "e" + i).toList());

        // MAXLEN ~ trims whole radix-tree nodes (100 entries by default), so it may keep up to a node more
        assertThat(redis.opsForStream().size(RedisKeys.webhookEvents())).isBetween(100L, 300L);
        assertThat(queue.next(1)).extracting(Entry::body).doesNotContain("e0");
    }

    @Test
    void one_process_at_a_time_may_deliver_and_releasing_hands_over_at_once() {
        RedisWebhookQueue one = new RedisWebhookQueue(redis, 1000);
        RedisWebhookQueue two = new RedisWebhookQueue(redis, 1000);

        assertThat(one.mayDeliver()).isTrue();
        assertThat(two.mayDeliver()).isFalse();
        assertThat(one.mayDeliver()).isTrue();
        assertThat(redis.getExpire(RedisKeys.webhookLease())).isPositive();
        one.release();
        assertThat(two.mayDeliver()).isTrue();
        assertThat(one.mayDeliver()).isFalse();
    }

    @Test
    void its_keys_follow_the_schema_and_share_one_cluster_slot() {
        RedisWebhookQueue queue = new RedisWebhookQueue(redis, 1000);
        queue.addAll(List.of("a"));
        queue.delivered(queue.next(1).get(0));
        queue.mayDeliver();

        assertThat(List.of(RedisKeys.webhookEvents(), RedisKeys.webhookCursor(), RedisKeys.webhookLease()))
                .allSatisfy(key -> assertThat(redis.hasKey(key)).as(key).isTrue())
                .allSatisfy(key -> assertThat(key).matches("penny:webhooks:\\{outbox}:[a-z-]+"));
    }
}
