package dev.penny.channels.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * The privacy API end to end, over real sockets and HTTP: export, erase, erase by email, role refusals, the audit
 * line, and a conversation erased while its visitor is connected. Extended once per store: {@link #visitorNode()} and
 * {@link #privacyNode()} may be two nodes sharing Redis, and {@link #keysOf} lists what the store still holds.
 */
abstract class PrivacyScenarios {

    static final String PIA = "pia"; // role PRIVACY, with bob's password
    static final String PRIVACY_OFFICER_ROLES = "PRIVACY";

    private final ListAppender<ILoggingEvent> audit = new ListAppender<>();
    private final String unique = Long.toString(System.nanoTime());

    /** The port visitors connect to. */
    abstract int visitorNode();

    /** The port privacy requests go to; another node than the visitor's where the store is shared. */
    abstract int privacyNode();

    /** What the store still holds of a conversation: its keys, and members naming it in shared keys. */
    abstract List<String> keysOf(String conversationId);

    @BeforeEach
    void captureAudit() {
        audit.start();
        ((Logger) LoggerFactory.getLogger("penny.audit.privacy")).addAppender(audit);
    }

    @AfterEach
    void stopCapturing() {
        ((Logger) LoggerFactory.getLogger("penny.audit.privacy")).detachAppender(audit);
    }

    @Test
    void exports_then_erases_a_conversation_after_which_nothing_of_it_is_left() {
        String email = "ana-" + unique + "@example.com";
        String conversation;
        try (Visitor visitor = Visitor.start(visitorNode())) {
            leaveMessage(visitor, email);
            conversation = visitor.conversationId;
        }

        Http.Response export = call("GET", "/api/privacy/conversations/" + conversation, PIA, null);
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.body().path("conversationId").asString()).isEqualTo(conversation);
        assertThat(export.body().path("turns").valueStream())
                .anySatisfy(t -> assertThat(t.path("text").asString()).isEqualTo("I want an operator"));
        assertThat(export.body()
                        .path("costs")
                        .path("units")
                        .path("local_classification")
                        .asLong())
                .isPositive();
        assertThat(export.body().path("leftMessages").get(0).path("email").asString())
                .isEqualTo(email);
        assertThat(keysOf(conversation)).isNotEmpty();

        Http.Response erased = call("DELETE", "/api/privacy/conversations/" + conversation, PIA, null);
        assertThat(erased.status()).isEqualTo(200);
        assertThat(erased.body().path("turns").asInt()).isPositive();
        assertThat(erased.body().path("leftMessages").asInt()).isEqualTo(1);

        assertThat(keysOf(conversation)).isEmpty();
        Http.Response again = call("GET", "/api/privacy/conversations/" + conversation, PIA, null);
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.body().path("code").asString()).isEqualTo("unknown_conversation");
        assertThat(call("DELETE", "/api/privacy/conversations/" + conversation, PIA, null)
                        .status())
                .isEqualTo(404);
        assertThat(RunningPenny.get(
                                privacyNode(),
                                "/api/conversations/" + conversation + "/transcript",
                                "alice",
                                RunningPenny.ALICE_PASSWORD)
                        .status())
                .isEqualTo(404);

        assertThat(auditLines())
                .anyMatch(line -> line.matches("privacy action=export by=pia at=\\S+Z outcome=exported conversation="
                        + conversation + " turns=\\d+ left_messages=1"))
                .anyMatch(line -> line.matches("privacy action=erase-conversation by=pia at=\\S+Z outcome=erased"
                        + " conversation=" + conversation + " turns=\\d+ left_messages=1"))
                .anyMatch(line -> line.startsWith("privacy action=export by=pia ")
                        && line.contains("outcome=not_found conversation=" + conversation + " status=404"))
                .noneMatch(line -> line.contains(email) || line.contains("operator") || line.contains("Call me"));
    }

    @Test
    void an_erased_conversation_is_closed_on_its_visitors_socket() {
        try (Visitor visitor = Visitor.start(visitorNode())) {
            visitor.ask("I want an operator");

            assertThat(call("DELETE", "/api/privacy/conversations/" + visitor.conversationId, PIA, null)
                            .status())
                    .isEqualTo(200);

            assertThat(visitor.socket.awaitClose()).isEqualTo(4410);
            try (SocketClient resumed = SocketClient.visitor(visitorNode())) {
                resumed.send("session.start", null, null, Map.of("resumeToken", visitor.resumeToken));
                resumed.error("resume_refused");
            }
            assertThat(keysOf(visitor.conversationId)).isEmpty();
        }
    }

    @Test
    void an_erased_conversation_leaves_the_console_of_the_agent_holding_it() {
        try (Visitor visitor = Visitor.start(visitorNode());
                Agent alice = new Agent(SocketClient.agent(visitorNode(), "alice", RunningPenny.ALICE_PASSWORD))) {
            visitor.ask("I want an operator");
            alice.awaitWaiting(visitor.conversationId);
            assertThat(alice.claim(visitor.conversationId).path("type").asString())
                    .isEqualTo("claimed");

            assertThat(call("DELETE", "/api/privacy/conversations/" + visitor.conversationId, PIA, null)
                            .status())
                    .isEqualTo(200);

            JsonNode erased = alice.socket.next("erased");
            assertThat(erased.path("payload").path("conversationId").asString()).isEqualTo(visitor.conversationId);
            String reply = alice.command("agent.message", visitor.conversationId, Map.of("text", "Still there?"));
            assertThat(alice.answerTo(reply).path("payload").path("code").asString())
                    .as("the holder no longer holds it")
                    .isEqualTo("not_held");
        }
    }

    @Test
    void erases_a_visitor_by_the_address_they_left_messages_with() {
        String email = "bo-" + unique + "@example.org";
        String conversation;
        try (Visitor visitor = Visitor.start(visitorNode())) {
            leaveMessage(visitor, email);
            conversation = visitor.conversationId;
        }

        Http.Response erased =
                call("POST", "/api/privacy/visitor-erasures", PIA, "{\"email\":\"" + email.toUpperCase() + "\"}");
        assertThat(erased.status()).isEqualTo(200);
        assertThat(erased.body().path("leftMessages").asInt()).isEqualTo(1);
        assertThat(erased.body()
                        .path("conversations")
                        .get(0)
                        .path("conversationId")
                        .asString())
                .isEqualTo(conversation);
        assertThat(keysOf(conversation)).isEmpty();
        assertThat(call("GET", "/api/privacy/conversations/" + conversation, PIA, null)
                        .status())
                .isEqualTo(404);

        Http.Response unknown = call("POST", "/api/privacy/visitor-erasures", PIA, "{\"email\":\"" + email + "\"}");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().path("code").asString()).isEqualTo("unknown_visitor");
        Http.Response bad = call("POST", "/api/privacy/visitor-erasures", PIA, "{\"email\":\"not an address\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().path("code").asString()).isEqualTo("invalid_email");
        Http.Response badId = call("GET", "/api/privacy/conversations/nope", PIA, null);
        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.body().path("code").asString()).isEqualTo("invalid_conversation");

        assertThat(auditLines())
                .anyMatch(line -> line.matches("privacy action=erase-visitor by=pia at=\\S+Z outcome=erased"
                        + " left_messages=1 conversations=" + conversation))
                .anyMatch(line -> line.contains("action=erase-visitor by=pia") && line.contains("outcome=not_found"))
                .anyMatch(line -> line.contains("action=erase-visitor by=pia") && line.contains("outcome=invalid"))
                .noneMatch(line -> line.toLowerCase().contains(email));
    }

    @Test
    void refuses_anonymous_callers_and_accounts_without_the_privacy_role() {
        String conversation;
        try (Visitor visitor = Visitor.start(visitorNode())) {
            visitor.ask("I want an operator");
            conversation = visitor.conversationId;
        }

        assertThat(call("GET", "/api/privacy/conversations/" + conversation, null, null)
                        .status())
                .isEqualTo(401);
        Http.Response agent = call("DELETE", "/api/privacy/conversations/" + conversation, "alice", null);
        assertThat(agent.status()).isEqualTo(403);
        assertThat(agent.body().path("code").asString()).isEqualTo("forbidden");
        assertThat(call("DELETE", "/api/privacy/conversations/" + conversation, PIA, "wrong password")
                        .status())
                .isEqualTo(401);

        assertThat(call("GET", "/api/privacy/conversations/" + conversation, PIA, null)
                        .status())
                .as("nothing was erased by the refused calls")
                .isEqualTo(200);
        assertThat(auditLines())
                .anyMatch(
                        line -> line.matches("privacy action=export by=anonymous at=\\S+Z outcome=refused status=401"))
                .anyMatch(line ->
                        line.matches("privacy action=erase-conversation by=alice at=\\S+Z outcome=refused status=403"));
    }

    private static void leaveMessage(Visitor visitor, String email) {
        visitor.ask("I want an operator");
        assertThat(visitor.socket
                        .next("handoff.status")
                        .path("payload")
                        .path("status")
                        .asString())
                .isEqualTo("no_agent_online");
        visitor.socket.send(
                "leave.message",
                null,
                "l-" + UUID.randomUUID(),
                Map.of("text", "Call me back about my card", "email", email));
        visitor.socket.next("handoff.status");
    }

    private List<String> auditLines() {
        return audit.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    /** As pia (bob's password), alice, or anonymous (null); {@code password} overrides the account's. */
    private Http.Response call(String method, String path, String user, String bodyOrPassword) {
        String password = PIA.equals(user) ? RunningPenny.BOB_PASSWORD : RunningPenny.ALICE_PASSWORD;
        String body = null;
        if (bodyOrPassword != null && bodyOrPassword.startsWith("{")) {
            body = bodyOrPassword;
        } else if (bodyOrPassword != null) {
            password = bodyOrPassword;
        }
        return Http.call(privacyNode(), method, path, user, password, body);
    }

    /** A tiny HTTP client with Basic credentials. */
    static final class Http {

        record Response(int status, JsonNode body) {}

        static Response call(int port, String method, String path, String user, String password, String body) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .method(
                            method,
                            body == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(body));
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            if (user != null) {
                String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes());
                request.header("Authorization", "Basic " + basic);
            }
            try {
                HttpResponse<String> response =
                        HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
                JsonNode json = response.body().isBlank() || !response.body().startsWith("{")
                        ? null
                        : SocketClient.JSON.readTree(response.body());
                return new Response(response.statusCode(), json);
            } catch (java.io.IOException | InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }
}
