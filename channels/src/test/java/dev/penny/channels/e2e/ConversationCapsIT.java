package dev.penny.channels.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
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

    private final List<SocketClient> sockets = new ArrayList<>();

    @AfterEach
    void close() {
        sockets.forEach(SocketClient::close);
    }

    @Test
    void a_conversation_holding_as_many_turns_as_allowed_takes_no_more_messages() {
        SocketClient socket = open("198.51.100.21");
        String id = started(socket);
        answered(socket, id, "m1");
        answered(socket, id, "m2"); // four turns: two questions, two answers

        socket.send("user.message", id, "m3", Map.of("text", QUESTION));
        JsonNode refused = socket.error("too_many_turns");
        assertThat(refused.path("id").asString()).isEqualTo("m3");
        assertThat(refused.path("payload").path("message").asString()).contains("start a new one");

        String next = started(socket); // a new conversation is not affected
        answered(socket, next, "m4");
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
        String first = started(one);
        leave(one, first, "l1");
        one.next("handoff.status");
        leave(one, first, "l2");
        assertThat(one.error("too_many_left_messages")
                        .path("payload")
                        .path("message")
                        .asString())
                .contains("this conversation");

        SocketClient two = open("198.51.100.22");
        leave(two, started(two), "l3");
        two.next("handoff.status");
        SocketClient three = open("198.51.100.22");
        leave(three, started(three), "l4");
        assertThat(three.error("too_many_left_messages")
                        .path("payload")
                        .path("message")
                        .asString())
                .contains("your network");

        SocketClient elsewhere = open("198.51.100.23"); // another address is not affected
        leave(elsewhere, started(elsewhere), "l5");
        assertThat(elsewhere
                        .next("handoff.status")
                        .path("payload")
                        .path("status")
                        .asString())
                .isEqualTo("message_left");
    }

    private SocketClient open(String address) {
        SocketClient socket = SocketClient.visitorFrom(port, address);
        sockets.add(socket);
        return socket;
    }

    private static String started(SocketClient socket) {
        socket.send("session.start", null, null, null);
        return socket.next("session.started")
                .path("payload")
                .path("conversationId")
                .asString();
    }

    private static void answered(SocketClient socket, String conversationId, String messageId) {
        socket.send("user.message", conversationId, messageId, Map.of("text", QUESTION));
        socket.next(
                f -> f.path("type").asString().equals("bot.message")
                        && f.path("payload").path("replyTo").asString().equals(messageId),
                "the answer to " + messageId);
    }

    private static void leave(SocketClient socket, String conversationId, String messageId) {
        socket.send(
                "leave.message",
                conversationId,
                messageId,
                Map.of("text", "please call me back about my card", "email", "visitor@example.com"));
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
