package dev.penny.channels.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import tools.jackson.databind.JsonNode;

/** A catalog owner on the catalog API over real HTTP, signed in with HTTP Basic. */
final class CatalogEditor {

    static final String USER = "olivia";
    static final String PASSWORD = "catalog-owner-password";
    static final String HASH = "$2a$10$ez93NsAtdQTFJp5.zGImWeIvigt66esWhJNeiZBWKrb/CgpDDBpcK";

    private final int port;
    private final String authorization;
    private final HttpClient http = HttpClient.newHttpClient();

    CatalogEditor(int port, String user, String password) {
        this.port = port;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes());
    }

    Reply get(String path) {
        return send(request(path).GET());
    }

    Reply post(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").POST(json(body)));
    }

    Reply put(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").PUT(json(body)));
    }

    Reply delete(String path) {
        return send(request(path).DELETE());
    }

    Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String type = response.headers().firstValue("Content-Type").orElse("");
            JsonNode body = type.contains("json") && !response.body().isBlank()
                    ? SocketClient.JSON.readTree(response.body())
                    : null;
            return new Reply(response.statusCode(), body, response.body());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/catalog" + path))
                .header("Authorization", authorization);
    }

    private static HttpRequest.BodyPublisher json(Object body) {
        return HttpRequest.BodyPublishers.ofString(
                body instanceof String text ? text : SocketClient.JSON.writeValueAsString(body));
    }

    /** A response: its status, the body as JSON when it is JSON, and the raw text. */
    record Reply(int status, JsonNode body, String text) {

        String code() {
            return body == null ? null : body.path("code").asString();
        }
    }
}
