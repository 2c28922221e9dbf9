package dev.penny.channels.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Sign-in throttling, the API's origin check, cookie flags and the anonymous health view, over real HTTP. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "penny.catalog=classpath:catalog/test-bank.yml",
            "penny.redis.url=",
            "penny.llm.base-url=",
            "penny.security.login-failures-per-user=3",
            "penny.security.login-failures-per-address=6",
            "penny.security.api-origins=https://admin.example",
            "server.forward-headers-strategy=native",
            "penny.agents[0].username=alice",
            "penny.agents[0].password-hash=" + RunningPenny.ALICE_HASH,
            "penny.agents[0].roles=AGENT",
            "penny.agents[1].username=bob",
            "penny.agents[1].password-hash=" + RunningPenny.BOB_HASH,
            "penny.agents[2].username=" + CatalogEditor.USER,
            "penny.agents[2].password-hash=" + CatalogEditor.HASH,
            "penny.agents[2].roles=EDITOR",
        })
class SafeDefaultsIT {

    private static final String FORWARDED_FOR = "X-Forwarded-For";
    private static final String CLIENT = "203.0.113.7";
    private static final String TRIAL = "{\"text\":\"how do I activate my card\"}";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void failed_sign_ins_lock_the_account_then_the_address() {
        for (int i = 0; i < 3; i++) {
            assertThat(status("bob", "wrong-" + i)).isEqualTo(401);
        }
        HttpResponse<String> refused =
                send("GET", "/api/agent/me", basic("bob", RunningPenny.BOB_PASSWORD), Map.of(FORWARDED_FOR, CLIENT));
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).contains("\"code\":\"too_many_sign_ins\"");
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(status("alice", RunningPenny.ALICE_PASSWORD))
                .as("another account")
                .isEqualTo(200);

        for (int i = 0; i < 3; i++) {
            assertThat(status("mallory" + i, "guess")).isEqualTo(401);
        }
        assertThat(status("alice", RunningPenny.ALICE_PASSWORD))
                .as("the address is locked")
                .isEqualTo(429);
    }

    @Test
    void guesses_sent_at_once_are_checked_only_up_to_the_limit() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(20);
        try {
            List<Future<Integer>> guesses = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String password = "guess-" + i;
                guesses.add(threads.submit(() -> RunningPenny.signIn(port, "carol", password, "198.51.100.30")
                        .status()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> guess : guesses) {
                statuses.add(guess.get());
            }
            assertThat(statuses).containsOnly(401, 429);
            assertThat(statuses.stream().filter(s -> s == 401))
                    .as("passwords checked")
                    .hasSize(3);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void sign_ins_that_succeed_do_not_use_up_the_address() {
        for (int i = 0; i < 10; i++) {
            assertThat(RunningPenny.signIn(port, "alice", RunningPenny.ALICE_PASSWORD, "198.51.100.31")
                            .status())
                    .as("sign-in %d, of 6 failures allowed per address", i)
                    .isEqualTo(200);
        }
    }

    @Test
    void browser_writes_to_the_api_from_another_site_are_refused() {
        String editor = basic(CatalogEditor.USER, CatalogEditor.PASSWORD);
        HttpResponse<String> crossSite = post(editor, Map.of("Origin", "https://evil.example"));
        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(crossSite.body()).contains("\"code\":\"cross_origin\"");
        assertThat(post(editor, Map.of("Sec-Fetch-Site", "cross-site", "Origin", "https://evil.example"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(post(editor, Map.of("Sec-Fetch-Site", "same-site")).statusCode())
                .isEqualTo(403);

        assertThat(post(editor, Map.of()).statusCode()).as("a program").isEqualTo(200);
        assertThat(post(editor, Map.of("Origin", "http://127.0.0.1:" + port)).statusCode())
                .as("Penny's own page")
                .isEqualTo(200);
        assertThat(post(editor, Map.of("Sec-Fetch-Site", "same-origin")).statusCode())
                .isEqualTo(200);
        assertThat(post(editor, Map.of("Origin", "https://admin.example")).statusCode())
                .as("a listed origin")
                .isEqualTo(200);
        assertThat(post("Bearer some-token", Map.of("Origin", "https://bridge.example"))
                        .statusCode())
                .as("a bearer token is no ambient credential: not refused for its origin")
                .isEqualTo(401);
    }

    @Test
    void session_cookies_are_same_site_lax_and_secure_behind_tls() {
        String plain = send("GET", "/login", null, Map.of())
                .headers()
                .firstValue("Set-Cookie")
                .orElseThrow();
        assertThat(plain).contains("SameSite=Lax").contains("HttpOnly").doesNotContain("Secure");

        String behindTls = send("GET", "/login", null, Map.of("X-Forwarded-Proto", "https"))
                .headers()
                .firstValue("Set-Cookie")
                .orElseThrow();
        assertThat(behindTls).contains("SameSite=Lax").contains("Secure");
    }

    @Test
    void anonymous_health_shows_the_status_only() {
        HttpResponse<String> anonymous = send("GET", "/actuator/health", null, Map.of());
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.body())
                .contains("\"status\":\"UP\"")
                .doesNotContain("components")
                .doesNotContain("details")
                .doesNotContain("penny");
        assertThat(send("GET", "/actuator/health", basic("alice", RunningPenny.ALICE_PASSWORD), Map.of())
                        .body())
                .contains("\"components\"");
    }

    /** Signs in from {@link #CLIENT}, behind the trusted proxy that the test is, so other tests' address is not locked. */
    private int status(String user, String password) {
        return RunningPenny.signIn(port, user, password, CLIENT).status();
    }

    private HttpResponse<String> post(String authorization, Map<String, String> headers) {
        return send("POST", "/api/catalog/try", authorization, headers);
    }

    private HttpResponse<String> send(String method, String path, String authorization, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (method.equals("POST")) {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(TRIAL));
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        headers.forEach(request::header);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes());
    }
}
