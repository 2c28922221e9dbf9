package dev.penny.channels.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.channels.PennyApplication;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPubSub;
import tools.jackson.databind.JsonNode;

/**
 * Two Penny nodes on one real Redis (env {@code REDIS_URL}, default {@code redis://127.0.0.1:6379}, database 15): a
 * visitor who started on one node resumes on the other, and an agent on the first node reaches them there live.
 */
public class TwoNodesOnRedisIT {

    private static TwoNodes nodes;

    @BeforeAll
    static void startTwoNodes() {
        nodes = TwoNodes.start(TwoNodesOnRedisIT::start);
    }

    @AfterAll
    static void stopNodes() {
        if (nodes != null) {
            nodes.close();
        }
    }

    @Test
    void a_visitor_resumes_on_the_other_node_and_an_agent_reaches_them_there() {
        try (Agent alice = new Agent(SocketClient.agent(nodes.portA(), "alice", RunningPenny.ALICE_PASSWORD))) {
            String conversation;
            String token;
            String lastSeen;
            try (Visitor visitor = Visitor.start(nodes.portA())) {
                conversation = visitor.conversationId;
                token = visitor.resumeToken;
                asksAFaqQuestion(visitor);
                JsonNode handoff = visitor.ask("I want to talk to a human");
                lastSeen = handoff.path("id").asString();
            }
            alice.awaitWaiting(conversation);
            assertThat(alice.claim(conversation).path("type").asString()).isEqualTo("claimed");
            alice.say(conversation, "Hello from node A");

            try (Visitor back = Visitor.resume(nodes.portB(), token, lastSeen)) {
                List<String> missed = back.started
                        .path("payload")
                        .path("missed")
                        .valueStream()
                        .map(t -> t.path("source").asString() + ":"
                                + t.path("text").asString())
                        .toList();
                assertThat(missed).hasSize(2).last().isEqualTo("agent:Hello from node A");

                alice.say(conversation, "Still here?");
                JsonNode live = back.socket.next("bot.message");
                assertThat(live.path("payload").path("text").asString()).isEqualTo("Still here?");

                String reply = back.send("user.message", "Yes, I'm here");
                JsonNode forwarded = alice.socket.next("visitor.message");
                assertThat(forwarded.path("payload").path("turn").path("id").asString())
                        .isEqualTo(reply);
            }
            JsonNode cost = RunningPenny.get(
                            nodes.portB(),
                            "/api/conversations/" + conversation + "/cost",
                            "alice",
                            RunningPenny.ALICE_PASSWORD)
                    .body();
            assertThat(cost.path("cost").path("classifications").asLong()).isEqualTo(2);
            alice.release(conversation);
        }
    }

    @Test
    void announces_a_visitors_message_to_every_node_only_once_a_person_is_to_answer_it() throws Exception {
        List<JsonNode> announced = new CopyOnWriteArrayList<>();
        JedisPubSub listener = new JedisPubSub() {
            @Override
            public void onMessage(String channel, String message) {
                announced.add(SocketClient.JSON.readTree(message));
            }
        };
        Thread subscriber = new Thread(() -> {
            try (Jedis jedis = new Jedis(URI.create(redisUrl()))) {
                jedis.subscribe(listener, "penny:events:turns");
            }
        });
        subscriber.start();
        try {
            waitUntil(listener::isSubscribed);
            String conversation;
            try (Visitor visitor = Visitor.start(nodes.portA())) {
                conversation = visitor.conversationId;
                asksAFaqQuestion(visitor);
                visitor.ask("I want to talk to a human please");
            }
            // announced off the answering thread, after the answer was sent, in the order answered
            waitUntil(() -> announced.stream()
                    .anyMatch(turn -> turn.path("conversationId").asString().equals(conversation)
                            && turn.path("text").asString().contains("human")));
            List<String> turns = announced.stream()
                    .filter(turn -> turn.path("conversationId").asString().equals(conversation))
                    .map(turn -> turn.path("author").asString() + ":"
                            + turn.path("text").asString())
                    .toList();
            // the FAQ question and its answer go to nobody but the socket that asked; once handed off, an agent on
            // any node may claim the conversation and must see what the visitor writes (the bot's handoff notice, like
            // its answers, is for the asking socket only)
            assertThat(turns).containsExactly("VISITOR:I want to talk to a human please");
        } finally {
            listener.unsubscribe();
            subscriber.join(5_000);
        }
    }

    private static void asksAFaqQuestion(Visitor visitor) {
        assertThat(visitor.ask("How do I change my PIN?")
                        .path("payload")
                        .path("route")
                        .asString())
                .isEqualTo("faq");
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 5 s").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    @Test
    void health_reports_redis_on_both_nodes() {
        for (int port : List.of(nodes.portA(), nodes.portB())) {
            JsonNode health = RunningPenny.get(port, "/actuator/health", "alice", RunningPenny.ALICE_PASSWORD)
                    .body();
            assertThat(health.path("components").path("redis").path("status").asString())
                    .isEqualTo("UP");
        }
    }

    private static ConfigurableApplicationContext start() {
        // Command-line arguments, which outrank application.yml, as they would in production.
        return new SpringApplicationBuilder(PennyApplication.class)
                .run(
                        "--server.port=0",
                        "--penny.catalog=classpath:catalog/test-bank.yml",
                        "--penny.redis.url=" + redisUrl(),
                        "--penny.llm.base-url=",
                        "--penny.agents[0].username=alice",
                        "--penny.agents[0].password-hash=" + RunningPenny.ALICE_HASH);
    }

    /** The test database 15 of the Redis named by REDIS_URL, so tests never touch Penny's own data. */
    public static String redisUrl() {
        String env = System.getenv("REDIS_URL");
        URI uri = URI.create(env == null || env.isBlank() ? "redis://127.0.0.1:6379" : env);
        String userInfo = uri.getRawUserInfo() == null ? "" : uri.getRawUserInfo() + "@";
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        return uri.getScheme() + "://" + userInfo + uri.getHost() + port + "/15";
    }
}
