package dev.penny.channels.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.channels.PennyApplication;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Suggestions from traffic with the missed questions on real Redis: a question handed off on the running node shows
 * up in {@code GET /api/catalog/suggestions}; while Redis is unreachable the endpoint refuses with {@code
 * store_unavailable}, and answers again once Redis is back.
 */
class SuggestionsOnRedisIT {

    // A word of its own (letters: a long number would be masked as a phone number), so older data cannot match.
    private static final String QUESTION = "Do you offer mortgages for a second home in "
            + Long.toString(System.nanoTime())
                    .chars()
                    .mapToObj(c -> String.valueOf((char) ('a' + c - '0')))
                    .reduce("", String::concat)
            + "?";

    private static TcpProxy redis;
    private static ConfigurableApplicationContext node;
    private static int port;

    @BeforeAll
    static void start() {
        URI real = URI.create(TwoNodesOnRedisIT.redisUrl());
        redis = new TcpProxy(real.getHost(), real.getPort() < 0 ? 6379 : real.getPort());
        String userInfo = real.getRawUserInfo() == null ? "" : real.getRawUserInfo() + "@";
        node = new SpringApplicationBuilder(PennyApplication.class)
                .run(
                        "--server.port=0",
                        "--penny.catalog=classpath:catalog/test-bank.yml",
                        "--penny.redis.url=redis://" + userInfo + "127.0.0.1:" + redis.port() + "/15",
                        "--penny.redis.timeout=500ms",
                        "--penny.llm.base-url=",
                        "--penny.agents[0].username=olivia",
                        "--penny.agents[0].password-hash=" + RunningPenny.BOB_HASH,
                        "--penny.agents[0].roles=EDITOR");
        port = CatalogNode.port(node);
    }

    @AfterAll
    static void stop() throws Exception {
        if (node != null) {
            node.close();
        }
        redis.close();
    }

    @Test
    void reads_missed_questions_from_redis_and_refuses_clearly_while_it_is_down() throws Exception {
        try (Visitor visitor = Visitor.start(port)) {
            assertThat(visitor.ask(QUESTION).path("payload").path("route").asString())
                    .isEqualTo("human");
        }
        assertThat(questionsIn(suggestions())).contains(QUESTION);

        redis.cut();
        RunningPenny.Response refused =
                RunningPenny.get(port, "/api/catalog/suggestions", "olivia", RunningPenny.BOB_PASSWORD);
        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.body().path("code").asString()).isEqualTo("store_unavailable");

        redis.restore();
        JsonNode again = null;
        for (int attempt = 0; attempt < 20 && again == null; attempt++) {
            RunningPenny.Response response =
                    RunningPenny.get(port, "/api/catalog/suggestions", "olivia", RunningPenny.BOB_PASSWORD);
            if (response.status() == 200) {
                again = response.body();
            } else {
                Thread.sleep(250);
            }
        }
        assertThat(again).as("suggestions once Redis is back").isNotNull();
        assertThat(questionsIn(again)).contains(QUESTION);
    }

    private static JsonNode suggestions() {
        RunningPenny.Response response =
                RunningPenny.get(port, "/api/catalog/suggestions", "olivia", RunningPenny.BOB_PASSWORD);
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }

    private static List<String> questionsIn(JsonNode suggestions) {
        return suggestions
                .valueStream()
                .flatMap(s -> s.path("questions").valueStream())
                .map(q -> q.path("text").asString())
                .toList();
    }
}
