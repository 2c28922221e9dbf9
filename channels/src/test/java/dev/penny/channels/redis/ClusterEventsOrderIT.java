package dev.penny.channels.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.core.conversation.ConversationEvents;
import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.MessageId;
import dev.penny.core.conversation.Turn;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/**
 * On a real Redis Cluster, events one node publishes one after the other reach a listener on another node in that
 * order: an agent's quick messages reach the visitor as they were sent.
 */
class ClusterEventsOrderIT {

    private static final int TURNS = 500;
    private static final String PING = "ping";

    @Test
    void turns_published_one_after_the_other_arrive_in_that_order() {
        RedisClusterTestServer cluster = RedisClusterTestServer.get();
        RedisMessageListenerContainer publishing = cluster.newListenerContainer();
        RedisMessageListenerContainer listening = cluster.newListenerContainer();
        try {
            ConversationEvents publisher = new RedisConversationEvents(cluster.template(), publishing);
            ConversationEvents listener = new RedisConversationEvents(cluster.template(), listening);
            List<String> received = new CopyOnWriteArrayList<>();
            try (ConversationEvents.Subscription subscription = listener.subscribe(turn -> received.add(turn.text()))) {
                awaitSubscribed(publisher, received);
                received.clear();
                ConversationId conversation = ConversationId.random();
                List<String> sent =
                        IntStream.range(0, TURNS).mapToObj(Integer::toString).toList();
                for (String text : sent) {
                    publisher.turnAppended(Turn.visitor(MessageId.random(), conversation, text, Instant.now()));
                }
                RedisSentinelNodes.await(
                        () -> received.stream()
                                        .filter(text -> !text.equals(PING))
                                        .count()
                                >= TURNS,
                        "every turn to arrive");
                assertThat(received.stream().filter(text -> !text.equals(PING))).containsExactlyElementsOf(sent);
            }
        } finally {
            publishing.stop();
            listening.stop();
        }
    }

    /** Publishes until the listener hears one: a subscription is not in place the moment it is asked for. */
    private static void awaitSubscribed(ConversationEvents publisher, List<String> received) {
        RedisSentinelNodes.await(
                () -> {
                    publisher.turnAppended(
                            Turn.visitor(MessageId.random(), ConversationId.random(), PING, Instant.now()));
                    return !received.isEmpty();
                },
                "the listener to subscribe");
    }
}
