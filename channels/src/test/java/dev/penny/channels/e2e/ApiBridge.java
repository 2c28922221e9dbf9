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

    /** POSTs {@code body}, which must succeed, and returns the response's JSON. */
    JsonNode postOk(String path, String body) {
        Response response = post(path, body);
        assertThat(response.status()).as("%s: %s", path, response.body()).isBetween(200, 201);
        return response.body();
    }

    /** As {@link #post}, with the whole HTTP response, for its headers. */
    HttpResponse<String> exchange(String path, String body) {
        return exchange(port, path, body, "Bearer " + token);
    }

    static String messages(String conversationId) {
        return "/api/v1/conversations/" + conversationId + "/messages";
    }

    static String message(String id, String text) {
        return SocketClient.JSON.writeValueAsString(Map.of("id", id, "text", text));
    }

    /** POSTs {@code body} with the given {@code Authorization} header (none when null). */
    static Response send(int port, String path, String body, String authorization) {
        HttpResponse<String> response = exchange(port, path, body, authorization);
        JsonNode json = response.body().isBlank() ? null : SocketClient.JSON.readTree(response.body());
        return new Response(response.statusCode(), json);
    }

    private static HttpResponse<String> exchange(int port, String path, String body, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + path.replace(" ", "%20")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
