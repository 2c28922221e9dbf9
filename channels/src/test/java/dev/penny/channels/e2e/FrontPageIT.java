package dev.penny.channels.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class FrontPageIT extends RunningPenny {

    @Test
    void outside_demo_mode_the_front_page_is_a_plain_not_found() throws Exception {
        for (String path : new String[] {"/", "/penny/demo-bank.html", "/demo-bank.html"}) {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                    .header("Accept", "text/html")
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body())
                    .doesNotContain("penny-demo")
                    .doesNotContain("Penny Bank")
                    .doesNotContain("widget.js")
                    .doesNotContain("console");
        }
    }
}
