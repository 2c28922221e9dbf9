package dev.penny.channels.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.channels.redis.RedisTestServer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The per-address and per-conversation allowances on two Penny nodes sharing one real Redis: a flood split across the
 * nodes is refused after the configured count in total, and a conversation that moves to the other node does not get
 * its left-message allowance again, nor an HTTP API bridge posting to both nodes its burst twice, nor sign-in guesses the limit once per node. Each test comes from an address of its own, forwarded as by a trusted proxy.
 */
class AbuseLimitsOnTwoNodesIT {

    private static TwoNodes nodes;

    @RegisterExtension
    final VisitorSockets sockets = new VisitorSockets();

    @BeforeAll
    static void startTwoNodes() {
        // an account an earlier run left locked stays locked for the window
        StringRedisTemplate redis = RedisTestServer.get().template();
        redis.delete(redis.keys("penny:sign-in-failures:*"));
        nodes = TwoNodes.start(AbuseLimitsOnTwoNodesIT::start);
    }

    @AfterAll
    static void stopNodes() {
        if (nodes != null) {
            nodes.close();
        }
    }

    @Test
    void messages_split_across_two_nodes_are_refused_after_the_count_in_total() {
        String address = randomAddress();
        SocketClient onA = sockets.from(nodes.portA(), address);
        String a = onA.startConversation();
        SocketClient onB = sockets.from(nodes.portB(), address);
        String b = onB.startConversation();

        for (int i = 0; i < 4; i++) {
            SocketClient socket = i % 2 == 0 ? onA : onB;
            socket.send("user.message", i % 2 == 0 ? a : b, "m" + i, Map.of("text", "hello"));
            socket.next("ack");
        }

        onA.send("user.message", a, "m4", Map.of("text", "hello"));
        assertThat(onA.error("rate_limited").path("payload").path("message").asString())
                .contains("your network");
        onB.send("user.message", b, "m5", Map.of("text", "hello"));
        assertThat(onB.error("rate_limited").path("payload").path("message").asString())
                .contains("your network");
    }

    @Test
    void a_conversation_resumed_on_the_other_node_keeps_what_it_left() {
        String address = randomAddress();
        SocketClient onA = sockets.from(nodes.portA(), address);
        JsonNode started = onA.startSession();
        String id = started.path("conversationId").asString();
        onA.leaveMessage(id, "l1");
        onA.next("handoff.status");
        onA.close();

        SocketClient onB = sockets.from(nodes.portB(), address);
        onB.send(
                "session.start",
                null,
                null,
                Map.of("resumeToken", started.path("resumeToken").asString()));
        assertThat(onB.next("session.started").path("payload").path("resumed").asBoolean())
                .isTrue();
        onB.leaveMessage(id, "l2");
        onB.next("handoff.status");
        onB.leaveMessage(id, "l3");

        assertThat(onB.error("too_many_left_messages")
                        .path("payload")
                        .path("message")
                        .asString())
                .contains("this conversation");
    }

    @Test
    void api_messages_of_one_conversation_posted_to_both_nodes_are_refused_after_the_burst_in_total() {
        ApiBridge toA = new ApiBridge(nodes.portA(), "two-nodes-bridge");
        ApiBridge toB = new ApiBridge(nodes.portB(), "two-nodes-bridge");
        String id = toA.start();

        for (int i = 0; i < 5; i++) {
            ApiBridge bridge = i % 2 == 0 ? toA : toB;
            assertThat(bridge.post(ApiBridge.messages(id), ApiBridge.message("p" + i, "How do I change my PIN?"))
                            .status())
                    .as("message %d of the burst", i)
                    .isEqualTo(200);
        }

        for (ApiBridge bridge : List.of(toB, toA)) {
            RunningPenny.Response refused =
                    bridge.post(ApiBridge.messages(id), ApiBridge.message("late-" + bridge.port(), "And my card?"));
            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.body().path("code").asString()).isEqualTo("rate_limited");
        }
    }

    @Test
    void failed_sign_ins_on_both_nodes_lock_the_account_after_the_limit_in_total() {
        String address = randomAddress();
        String user = "mallory-" + ThreadLocalRandom.current().nextInt(1_000_000);
        for (int i = 0; i < 5; i++) {
            assertThat(RunningPenny.signIn(i % 2 == 0 ? nodes.portA() : nodes.portB(), user, "guess-" + i, address)
                            .status())
                    .as("guess %d", i)
                    .isEqualTo(401);
        }

        for (int port : List.of(nodes.portB(), nodes.portA())) {
            RunningPenny.Response refused = RunningPenny.signIn(port, user, "guess", randomAddress());
            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.body().path("code").asString()).isEqualTo("too_many_sign_ins");
        }
    }

    @Test
    void a_sign_in_on_one_node_forgets_the_failures_counted_on_the_other() {
        String address = randomAddress();
        for (int i = 0; i < 3; i++) {
            assertThat(RunningPenny.signIn(nodes.portA(), "alice", "wrong", address)
                            .status())
                    .isEqualTo(401);
        }
        assertThat(RunningPenny.signIn(nodes.portB(), "alice", RunningPenny.ALICE_PASSWORD, address)
                        .status())
                .isEqualTo(200);

        for (int i = 0; i < 4; i++) {
            assertThat(RunningPenny.signIn(nodes.portA(), "alice", "wrong", address)
                            .status())
                    .as("failure %d after the sign-in", i)
                    .isEqualTo(401);
        }
        assertThat(RunningPenny.signIn(nodes.portA(), "alice", RunningPenny.ALICE_PASSWORD, address)
                        .status())
                .isEqualTo(200);
    }

    /** An address of the benchmarking range no earlier run left an allowance for. */
    private static String randomAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198.18." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    private static ConfigurableApplicationContext start() {
        return CatalogNode.run(
                TwoNodesOnRedisIT.redisUrl(),
                "--server.forward-headers-strategy=native",
                "--penny.limits.rate-limit-messages=5",
                "--penny.limits.rate-limit-period=1h",
                "--penny.api.tokens=two-nodes-bridge",
                "--penny.abuse.messages-per-address=4",
                "--penny.abuse.messages-period=1h",
                "--penny.abuse.left-messages-per-conversation=2",
                "--penny.abuse.left-messages-per-address=10",
                "--penny.abuse.address-key=two-nodes-test");
    }
}
