package dev.penny.channels.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.Map;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Penny running on a random port with the small test catalog, the in-memory store and two agents, alice and bob.
 * Test classes extending it with the same properties share one running application.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "penny.catalog=classpath:catalog/test-bank.yml",
            // the catalog's hundred-odd examples calibrate a threshold well above the choice and FAQ paths these
            // tests walk; they were written for this one
            "penny.policy.min-answer-confidence=0.6",
            "penny.redis.url=",
            "penny.llm.base-url=",
            "penny.limits.allowed-origins=https://shop.example",
            "penny.agents[0].username=alice",
            "penny.agents[0].password-hash=" + RunningPenny.ALICE_HASH,
            "penny.agents[0].roles=AGENT",
            "penny.agents[1].username=bob",
            "penny.agents[1].password-hash=" + RunningPenny.BOB_HASH,
        })
abstract class RunningPenny {

    static final String ALICE_PASSWORD = "agent-one-password";
    static final String ALICE_HASH = "$2a$10$G2J9R.uuesz2WrH/oe27n.yYuRwTGNRBs9s6JPH9eBnHfBfTFSPsm";
    static final String BOB_PASSWORD = "agent-two-password";
    static final String BOB_HASH = "$2a$10$XWwhbnCrzR8rCXpmVMRDzOLuNUDmOhnRNCtWHgWQtOVvh57bfrKs2";

    @LocalServerPort
    int port;

    Visitor visitor() {
        return Visitor.start(port);
    }

    SocketClient alice() {
        return SocketClient.agent(port, "alice", ALICE_PASSWORD);
    }

    SocketClient bob() {
        return SocketClient.agent(port, "bob", BOB_PASSWORD);
    }

    /** GETs a path as alice and returns the status and the body as JSON. */
    Response get(String path) {
        return get(port, path, "alice", ALICE_PASSWORD);
    }

    static Response get(int port, String path, String user, String password) {
        return get(port, path, user, password, Map.of());
    }

    /** Signs in with HTTP Basic from {@code address}, forwarded as by a trusted proxy, and reads who signed in. */
    static Response signIn(int port, String user, String password, String address) {
        return get(port, "/api/agent/me", user, password, Map.of("X-Forwarded-For", address));
    }

    static Response get(int port, String path, String user, String password, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (user != null) {
            String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes());
            request.header("Authorization", "Basic " + basic);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response =
                    HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().isBlank() ? null : SocketClient.JSON.readTree(response.body());
            return new Response(response.statusCode(), body);
        } catch (java.io.IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    record Response(int status, JsonNode body) {}
}
