package dev.penny.channels.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Canned responses over the REST API, as the console manages them. */
class CannedResponsesIT extends RunningPenny {

    @Test
    void agents_create_list_replace_and_delete_canned_responses_per_locale() {
        assertThat(send("PUT", "/api/canned-responses/en/refund", "{\"text\":\"Refunds take 5 working days.\"}")
                        .status())
                .isEqualTo(201);
        send("PUT", "/api/canned-responses/ko/refund", "{\"text\":\"환불은 영업일 기준 5일이 걸립니다.\"}");
        send("PUT", "/api/canned-responses/en/hello", "{\"text\":\"Hello! How can I help?\"}");

        Response replaced =
                send("PUT", "/api/canned-responses/en/refund", "{\"text\":\"Refunds take 3 working days.\"}");
        assertThat(replaced.status()).isEqualTo(200);

        JsonNode english = get("/api/canned-responses/en").body();
        assertThat(english.path("responses")
                        .valueStream()
                        .map(r -> r.path("shortcut").asString()))
                .containsExactly("hello", "refund");
        assertThat(english.path("responses").get(1).path("text").asString()).isEqualTo("Refunds take 3 working days.");
        assertThat(get("/api/canned-responses/ko/refund").body().path("text").asString())
                .isEqualTo("환불은 영업일 기준 5일이 걸립니다.");

        assertThat(send("DELETE", "/api/canned-responses/en/refund", null).status())
                .isEqualTo(204);
        Response gone = get("/api/canned-responses/en/refund");
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.body().path("code").asString()).isEqualTo("unknown_canned_response");
        assertThat(send("DELETE", "/api/canned-responses/en/refund", null).status())
                .isEqualTo(404);
        assertThat(get("/api/canned-responses/ko").body().path("responses").size())
                .isEqualTo(1);
    }

    @Test
    void malformed_canned_responses_are_refused_and_nothing_is_saved() {
        for (String[] bad : new String[][] {
            {"/api/canned-responses/en/Not%20A%20Shortcut", "{\"text\":\"x\"}"},
            {"/api/canned-responses/EN/greeting", "{\"text\":\"x\"}"},
            {"/api/canned-responses/en/greeting", "{\"text\":\"   \"}"},
            {"/api/canned-responses/en/greeting", "{}"},
        }) {
            Response refused = send("PUT", bad[0], bad[1]);
            assertThat(refused.status()).as(bad[0] + " " + bad[1]).isEqualTo(400);
            assertThat(refused.body().path("code").asString()).isEqualTo("invalid_canned_response");
        }
        assertThat(get("/api/canned-responses/en/greeting").status()).isEqualTo(404);
    }

    @Test
    void only_signed_in_agents_see_canned_responses() {
        assertThat(get(port, "/api/canned-responses/en", null, null).status()).isEqualTo(401);
    }

    private Response send(String method, String path, String json) {
        String basic = Base64.getEncoder().encodeToString(("alice:" + ALICE_PASSWORD).getBytes());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/json")
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        try {
            HttpResponse<String> response =
                    HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().isBlank() ? null : SocketClient.JSON.readTree(response.body());
            return new Response(response.statusCode(), body);
        } catch (java.io.IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
