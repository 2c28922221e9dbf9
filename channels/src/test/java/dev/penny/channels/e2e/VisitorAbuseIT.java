package dev.penny.channels.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.channels.wire.MessageText;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The per-address limits of the visitor socket, over real sockets. Each test comes from its own address, forwarded by
 * the test as a trusted proxy, so the tests' allowances do not mix.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "penny.catalog=classpath:catalog/test-bank.yml",
            "penny.redis.url=",
            "penny.llm.base-url=",
            "server.forward-headers-strategy=native",
            "penny.limits.rate-limit-messages=100",
            "penny.abuse.sockets-per-address=3",
            "penny.abuse.conversations-per-address=2",
            "penny.abuse.conversations-period=1h",
            "penny.abuse.messages-per-address=3",
            "penny.abuse.messages-period=1h",
            "penny.abuse.idle-timeout=2s",
            "penny.agents[0].username=alice",
            "penny.agents[0].password-hash=" + RunningPenny.ALICE_HASH,
        })
class VisitorAbuseIT {

    @LocalServerPort
    int port;

    private final List<SocketClient> sockets = new ArrayList<>();

    @AfterEach
    void close() {
        sockets.forEach(SocketClient::close);
    }

    @Test
    void an_address_holds_a_limited_number_of_sockets() {
        for (int i = 0; i < 3; i++) {
            pinged(open("198.51.100.1"));
        }
        SocketClient fourth = open("198.51.100.1");
        assertThat(fourth.next("error").path("payload").path("code").asString()).isEqualTo("too_many_connections");
        assertThat(fourth.awaitClose()).isEqualTo(1008);

        pinged(open("198.51.100.2")); // another address is not affected
        sockets.get(0).close();
        awaitOpenable("198.51.100.1");
    }

    @Test
    void new_conversations_are_limited_per_address_across_reconnects_but_resuming_is_not() {
        String first = startedPayload(open("198.51.100.3")).path("resumeToken").asString();
        sockets.get(0).close();
        started(open("198.51.100.3"));
        sockets.get(1).close();

        SocketClient third = open("198.51.100.3");
        third.send("session.start", null, null, null);
        assertThat(third.error("rate_limited").path("payload").path("message").asString())
                .contains("new conversations");
        third.send("session.start", null, null, Map.of("resumeToken", first));
        assertThat(third.next("session.started").path("payload").path("resumed").asBoolean())
                .isTrue();
    }

    @Test
    void messages_are_limited_per_address_over_all_its_sockets() {
        SocketClient one = open("198.51.100.4");
        String a = started(one);
        SocketClient two = open("198.51.100.4");
        String b = started(two);

        one.send("user.message", a, "m1", Map.of("text", "how do I activate my card"));
        one.send("user.message", a, "m2", Map.of("text", "thanks"));
        one.next("ack");
        one.next("ack"); // both taken before the second socket sends
        two.send("user.message", b, "m3", Map.of("text", "hello"));
        two.send("user.message", b, "m4", Map.of("text", "hello again"));

        assertThat(two.error("rate_limited").path("payload").path("message").asString())
                .contains("your network");
    }

    @Test
    void a_silent_socket_is_closed_after_the_idle_timeout() {
        SocketClient silent = open("198.51.100.5");
        started(silent);
        long opened = System.nanoTime();

        silent.awaitClose();
        assertThat(Duration.ofNanos(System.nanoTime() - opened)).isGreaterThan(Duration.ofMillis(1500));
    }

    @Test
    void a_frame_longer_than_any_legal_one_closes_the_socket() {
        SocketClient legal = open("198.51.100.6");
        String id = started(legal);
        legal.send("user.message", id, "m1", Map.of("text", "x".repeat(5000)));
        legal.error("message_too_long");

        SocketClient huge = open("198.51.100.6");
        huge.sendRaw("{\"v\":1,\"type\":\"ping\",\"payload\":{\"pad\":\"" + "x".repeat(MessageText.largestFrameChars())
                + "\"}}");
        assertThat(huge.awaitClose()).isEqualTo(1009);
    }

    private SocketClient open(String address) {
        SocketClient socket = SocketClient.visitorFrom(port, address);
        sockets.add(socket);
        return socket;
    }

    private static String started(SocketClient socket) {
        return startedPayload(socket).path("conversationId").asString();
    }

    private static JsonNode startedPayload(SocketClient socket) {
        socket.send("session.start", null, null, null);
        return socket.next("session.started").path("payload");
    }

    private static void pinged(SocketClient socket) {
        socket.send("ping", null, "p", null);
        socket.next("pong");
    }

    /** The server counts a socket closed when its close arrives, a moment after the client sends it. */
    private void awaitOpenable(String address) {
        for (int attempt = 0; attempt < 50; attempt++) {
            SocketClient socket = open(address);
            socket.send("ping", null, "p", null);
            JsonNode frame = socket.next(f -> true, "pong or error");
            if (frame.path("type").asString().equals("pong")) {
                return;
            }
            sleep(100);
        }
        throw new AssertionError("no socket could be opened after one was closed");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
