package dev.penny.channels.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.channels.PennyApplication;
import dev.penny.channels.redis.RedisSentinelNodes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Visitors chatting with a Penny node on a real Sentinel-managed Redis across a failover: the message answered before
 * it (once the replica has it) and the ones sent after it (again with the same id, if refused while Jedis switched
 * primaries) are in the stored transcript once each, and every message gets exactly one answer.
 */
class VisitorOnSentinelIT {

    private static RedisSentinelNodes redis;
    private static ConfigurableApplicationContext node;

    @BeforeAll
    static void start() {
        redis = RedisSentinelNodes.start();
        node = new SpringApplicationBuilder(PennyApplication.class)
                .run(
                        "--server.port=0",
                        "--penny.catalog=classpath:catalog/test-bank.yml",
                        "--penny.redis.url=",
                        "--spring.data.redis.sentinel.master=" + RedisSentinelNodes.MASTER,
                        "--spring.data.redis.sentinel.nodes=" + redis.sentinel(),
                        "--penny.redis.timeout=500ms",
                        "--penny.llm.base-url=",
                        "--penny.demo=true"); // signs in as the demo agent
    }

    @AfterAll
    static void stop() {
        if (node != null) {
            node.close();
        }
        if (redis != null) {
            redis.close();
        }
    }

    @Test
    void no_accepted_message_is_lost_across_a_failover() throws Exception {
        int port = CatalogNode.port(node);
        try (Visitor visitor = Visitor.start(port)) {
            String before = visitor.send("user.message", "How do I change my PIN?");
            assertThat(visitor.answerTo(before).path("payload").path("route").asString())
                    .isEqualTo("faq");
            // Redis replicates asynchronously: a write the replica has not received when it is promoted is lost,
            // whatever Penny does. What Penny must not lose is what the replica has.
            redis.awaitReplicated();

            redis.failover();

            String after = "after-failover";
            JsonNode answer = null;
            for (int attempt = 0; attempt < 30 && answer == null; attempt++) {
                visitor.socket.send(
                        "user.message", visitor.conversationId, after, Map.of("text", "How do I change my PIN?"));
                JsonNode next = visitor.socket.next(
                        f -> f.path("type").asString().equals("error")
                                || f.path("payload").path("replyTo").asString().equals(after),
                        "an answer or an error");
                if (next.path("type").asString().equals("bot.message")) {
                    answer = next;
                } else {
                    Thread.sleep(500);
                }
            }
            assertThat(answer).as("answered after the failover").isNotNull();

            JsonNode turns = RunningPenny.get(
                            port, "/api/conversations/" + visitor.conversationId + "/transcript", "agent", "penny-demo")
                    .body()
                    .path("turns");
            assertThat(turns.valueStream()
                            .filter(t -> t.path("id").asString().equals(before))
                            .count())
                    .isEqualTo(1);
            assertThat(turns.valueStream()
                            .filter(t -> t.path("id").asString().equals(after))
                            .count())
                    .isEqualTo(1);
        }
    }

    @Test
    void visitors_chatting_through_a_failover_get_each_answer_once() throws Exception {
        int port = CatalogNode.port(node);
        int visitors = 4;
        int afterwards = 5;
        CountDownLatch warmedUp = new CountDownLatch(visitors);
        AtomicLong failedOverAt = new AtomicLong(Long.MAX_VALUE);
        ExecutorService pool = Executors.newFixedThreadPool(visitors);
        List<Future<Map<String, Set<String>>>> chats = new ArrayList<>();
        List<String> conversations = new CopyOnWriteArrayList<>();
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        for (int v = 0; v < visitors; v++) {
            int visitorNumber = v;
            chats.add(pool.submit(() -> {
                Map<String, Set<String>> answers = new LinkedHashMap<>();
                try (Visitor visitor = Visitor.start(port)) {
                    conversations.add(visitor.conversationId);
                    // until the failover is over and five more messages were asked after it
                    int leftAfter = afterwards;
                    for (int m = 0; leftAfter > 0 && m < 500; m++) {
                        if (failedOverAt.get() != Long.MAX_VALUE) {
                            leftAfter--;
                        }
                        String id = "v" + visitorNumber + "-m" + m;
                        Set<String> answerIds = answers.computeIfAbsent(id, k -> new HashSet<>());
                        for (int attempt = 0; attempt < 40 && answerIds.isEmpty(); attempt++) {
                            sentAt.putIfAbsent(id, System.nanoTime());
                            visitor.socket.send(
                                    "user.message",
                                    visitor.conversationId,
                                    id,
                                    Map.of("text", "How do I change my PIN?"));
                            JsonNode next = visitor.socket.next(
                                    f -> f.path("type").asString().equals("error")
                                            || f.path("payload")
                                                    .path("replyTo")
                                                    .asString()
                                                    .equals(id),
                                    "an answer or an error");
                            if (next.path("type").asString().equals("bot.message")) {
                                answerIds.add(next.path("id").asString());
                            } else {
                                Thread.sleep(300);
                            }
                        }
                        if (m == 2) {
                            warmedUp.countDown();
                        }
                        Thread.sleep(150);
                    }
                    // whatever else arrives (a second answer to a re-sent message would) is counted too
                    List<JsonNode> rest = new ArrayList<>(visitor.socket.skipped());
                    rest.addAll(visitor.socket.drain(Duration.ofSeconds(2)));
                    for (JsonNode late : rest) {
                        String replyTo = late.path("payload").path("replyTo").asString();
                        if (late.path("type").asString().equals("bot.message") && answers.containsKey(replyTo)) {
                            answers.get(replyTo).add(late.path("id").asString());
                        }
                    }
                }
                return answers;
            }));
        }
        assertThat(warmedUp.await(60, TimeUnit.SECONDS)).isTrue();
        redis.failover();
        failedOverAt.set(System.nanoTime());

        Map<String, Set<String>> answers = new LinkedHashMap<>();
        for (Future<Map<String, Set<String>>> chat : chats) {
            answers.putAll(chat.get(3, TimeUnit.MINUTES));
        }
        pool.shutdown();
        assertThat(answers).hasSizeGreaterThanOrEqualTo(visitors * (3 + afterwards));
        assertThat(answers)
                .allSatisfy((id, answerIds) ->
                        assertThat(answerIds).as("answers to " + id).hasSize(1));

        List<String> stored = new ArrayList<>();
        for (String conversation : conversations) {
            RunningPenny.get(port, "/api/conversations/" + conversation + "/transcript", "agent", "penny-demo")
                    .body()
                    .path("turns")
                    .valueStream()
                    .map(turn -> turn.path("id").asString())
                    .filter(answers::containsKey)
                    .forEach(stored::add);
        }
        assertThat(stored).as("no message stored twice").doesNotHaveDuplicates();
        List<String> sentAfterFailover = sentAt.entrySet().stream()
                .filter(e -> e.getValue() > failedOverAt.get())
                .map(Map.Entry::getKey)
                .toList();
        assertThat(sentAfterFailover).isNotEmpty();
        assertThat(stored).as("every message sent after the failover is stored").containsAll(sentAfterFailover);
    }
}
