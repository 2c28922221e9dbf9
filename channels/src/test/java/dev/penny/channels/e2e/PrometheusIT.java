package dev.penny.channels.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** {@code /actuator/prometheus}: Penny's meters in Prometheus' text format, for signed-in scrapers only. */
class PrometheusIT extends RunningPenny {

    @Test
    void a_scrape_shows_pennys_meters_after_a_message() throws Exception {
        try (Visitor visitor = visitor()) {
            visitor.ask("How do I change my PIN?");
        }

        HttpResponse<String> scrape = scrape("alice", ALICE_PASSWORD);

        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        assertThat(scrape.body())
                .containsPattern("(?m)^penny_messages_total\\{.*route=\"faq\".*\\} [1-9]")
                .containsPattern("(?m)^penny_answer_latency_seconds_count\\{.*\\} [1-9]")
                .containsPattern("(?m)^penny_handoff_queue ");
    }

    @Test
    void strangers_may_not_scrape() throws Exception {
        assertThat(scrape(null, null).statusCode()).isEqualTo(401);
        assertThat(scrape("alice", "wrong").statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> scrape(String user, String password) throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"));
        if (user != null) {
            String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes());
            request.header("Authorization", "Basic " + basic);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
