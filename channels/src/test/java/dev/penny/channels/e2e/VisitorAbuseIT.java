package dev.penny.channels.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.channels.testing.Eventually;
import dev.penny.channels.wire.MessageText;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

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

    @RegisterExtension
    final VisitorSockets sockets = new VisitorSockets();

    @Test
    void an_address_holds_a_limited_number_of_sockets() {
        SocketClient first = open("198.51.100.1");
        first.ping();
        open("198.51.100.1").ping();
        open("198.51.100.1").ping();
        SocketClient fourth = open("198.51.100.1");
        assertThat(fourth.next("error").path("payload").path("code").asString()).isEqualTo("too_many_connections");
        assertThat(fourth.awaitClose()).isEqualTo(1008);

        open("198.51.100.2").ping(); // another address is not affected
        first.close();
        // the server counts a socket closed when its close arrives, a moment after the client sends it
        Eventually.within(Duration.ofSeconds(5), () -> {
            SocketClient socket = open("198.51.100.1");
            socket.send("ping", null, "p", null);
            assertThat(socket.next(f -> true, "pong or error").path("type").asString())
                    .isEqualTo("pong");
        });
    }

    @Test
    void new_conversations_are_limited_per_address_across_reconnects_but_resuming_is_not() {
        SocketClient one = open("198.51.100.3");
        String first = one.startSession().path("resumeToken").asString();
        one.close();
        SocketClient two = open("198.51.100.3");
        two.startConversation();
        two.close();

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
        String a = one.startConversation();
        SocketClient two = open("198.51.100.4");
        String b = two.startConversation();

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
        silent.startConversation();
        long opened = System.nanoTime();

        silent.awaitClose();
        assertThat(Duration.ofNanos(System.nanoTime() - opened)).isGreaterThan(Duration.ofMillis(1500));
    }

    @Test
    void a_frame_longer_than_any_legal_one_closes_the_socket() {
        SocketClient legal = open("198.51.100.6");
        String id = legal.startConversation();
        legal.send("user.message", id, "m1", Map.of("text", "x".repeat(5000)));
        legal.error("message_too_long");

        SocketClient huge = open("198.51.100.6");
        huge.sendRaw("{\"v\":1,\"type\":\"ping\",\"payload\":{\"pad\":\"" + "x".repeat(MessageText.largestFrameChars())
                + "\"}}");
        assertThat(huge.awaitClose()).isEqualTo(1009);
    }

    private SocketClient open(String address) {
        return sockets.from(port, address);
    }
}
