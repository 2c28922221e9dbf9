package dev.penny.channels.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
    void the_http_api_refuses_a_message_to_a_full_conversation_with_409() throws Exception {
        String id = SocketClient.JSON
                .readTree(api("/api/v1/conversations", "{}").body())
                .path("conversationId")
                .asString();
        assertThat(api(messages(id), message("a1")).statusCode()).isEqualTo(200);
        assertThat(api(messages(id), message("a2")).statusCode()).isEqualTo(200);

        HttpResponse<String> refused = api(messages(id), message("a3"));

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(SocketClient.JSON.readTree(refused.body()).path("code").asString())
                .isEqualTo("too_many_turns");
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

    private static String messages(String id) {
        return "/api/v1/conversations/" + id + "/messages";
    }

    private static String message(String id) {
        return SocketClient.JSON.writeValueAsString(Map.of("id", id, "text", QUESTION));
    }

    private HttpResponse<String> api(String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer caps-bridge-token")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
