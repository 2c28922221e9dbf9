package dev.penny.channels.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.channels.e2e.RunningPenny.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** A bridge of the HTTP message API, as the tests drive it: JSON posts to one node under one bearer token. */
record ApiBridge(int port, String token) {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** Starts a conversation and returns its id. */
    String start() {
        Response started = post("/api/v1/conversations", "");
        assertThat(started.status()).as("start: %s", started.body()).isEqualTo(201);
        return started.body().path("conversationId").asString();
    }

    Response post(String path, String body) {
        return send(port, path, body, "Bearer " + token);
    }

    static String messages(String conversationId) {
        return "/api/v1/conversations/" + conversationId + "/messages";
    }

    static String message(String id, String text) {
        return SocketClient.JSON.writeValueAsString(Map.of("id", id, "text", text));
    }

    /** POSTs {@code body} with the given {@code Authorization} header (none when null). */
    static Response send(int port, String path, String body, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + path.replace(" ", "%20")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = response.body().isBlank() ? null : SocketClient.JSON.readTree(response.body());
            return new Response(response.statusCode(), json);
        } catch (java.io.IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
