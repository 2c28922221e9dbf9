package dev.penny.channels.e2e;

import static dev.penny.channels.e2e.ApiBridge.message;
import static dev.penny.channels.e2e.ApiBridge.messages;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The caps on a conversation's length and on messages left for the team, over real sockets and the HTTP message API.
 * Each test comes from its own address, forwarded by the test as a trusted proxy.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "penny.catalog=classpath:catalog/test-bank.yml",
            "penny.redis.url=",
            "penny.llm.base-url=",
            "server.forward-headers-strategy=native",
            "penny.api.tokens=caps-bridge-token",
            "penny.abuse.turns-per-conversation=4",
            "penny.abuse.left-messages-per-conversation=1",
            "penny.abuse.left-messages-per-address=2",
            "penny.agents[0].username=alice",
            "penny.agents[0].password-hash=" + RunningPenny.ALICE_HASH,
        })
class ConversationCapsIT {

    private static final String QUESTION = "How do I change my PIN?";

    @LocalServerPort
    int port;

    @RegisterExtension
    final VisitorSockets sockets = new VisitorSockets();

    @Test
    void a_conversation_holding_as_many_turns_as_allowed_takes_no_more_messages() {
        SocketClient socket = open("198.51.100.21");
        String id = socket.startConversation();
        socket.ask(id, "m1", QUESTION);
        socket.ask(id, "m2", QUESTION); // four turns: two questions, two answers

        socket.send("user.message", id, "m3", Map.of("text", QUESTION));
        JsonNode refused = socket.error("too_many_turns");
        assertThat(refused.path("id").asString()).isEqualTo("m3");
        assertThat(refused.path("payload").path("message").asString()).contains("start a new one");

        String next = socket.startConversation(); // a new conversation is not affected
        socket.ask(next, "m4", QUESTION);
    }

    @Test
    void the_http_api_refuses_a_message_to_a_full_conversation_with_409() {
        ApiBridge api = new ApiBridge(port, "caps-bridge-token");
        String id = api.start();
        assertThat(api.post(messages(id), message("a1", QUESTION)).status()).isEqualTo(200);
        assertThat(api.post(messages(id), message("a2", QUESTION)).status()).isEqualTo(200);

        RunningPenny.Response refused = api.post(messages(id), message("a3", QUESTION));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().path("code").asString()).isEqualTo("too_many_turns");
    }

    @Test
    void left_messages_are_capped_per_conversation_and_per_address() {
        SocketClient one = open("198.51.100.22");
        String first = one.startConversation();
        one.leaveMessage(first, "l1");
        one.next("handoff.status");
        one.leaveMessage(first, "l2");
        assertThat(one.error("too_many_left_messages")
                        .path("payload")
                        .path("message")
                        .asString())
                .contains("this conversation");

        SocketClient two = open("198.51.100.22");
        two.leaveMessage(two.startConversation(), "l3");
        two.next("handoff.status");
        SocketClient three = open("198.51.100.22");
        three.leaveMessage(three.startConversation(), "l4");
        assertThat(three.error("too_many_left_messages")
                        .path("payload")
                        .path("message")
                        .asString())
                .contains("your network");

        SocketClient elsewhere = open("198.51.100.23"); // another address is not affected
        elsewhere.leaveMessage(elsewhere.startConversation(), "l5");
        assertThat(elsewhere
                        .next("handoff.status")
                        .path("payload")
                        .path("status")
                        .asString())
                .isEqualTo("message_left");
    }

    private SocketClient open(String address) {
        return sockets.from(port, address);
    }
}
