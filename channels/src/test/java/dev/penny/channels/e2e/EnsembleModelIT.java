package dev.penny.channels.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Penny configured with an ensemble of the two bundled models answers over the visitor socket as with one. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "penny.model=bge-small-en-v1.5-q+all-minilm-l6-v2",
            "penny.catalog=classpath:catalog/test-bank.yml",
            "penny.redis.url=",
            "penny.llm.base-url=",
            "penny.agents[0].username=alice",
            "penny.agents[0].password-hash=" + RunningPenny.ALICE_HASH,
            "penny.agents[0].roles=AGENT",
        })
class EnsembleModelIT {

    @LocalServerPort
    int port;

    @Test
    void serves_faq_answers_from_one_head_per_model() {
        JsonNode model = RunningPenny.get(port, "/actuator/health", "alice", RunningPenny.ALICE_PASSWORD)
                .body()
                .path("components")
                .path("model");
        assertThat(model.path("status").asString()).isEqualTo("UP");
        assertThat(model.path("details").path("encoder").asString()).isEqualTo("bge-small-en-v1.5-q+all-minilm-l6-v2");

        try (Visitor visitor = Visitor.start(port)) {
            JsonNode answer = visitor.ask("How do I change my PIN?");
            assertThat(answer.path("payload").path("source").asString()).isEqualTo("faq");
            assertThat(answer.path("payload").path("text").asString()).contains("PIN services");
        }
    }
}
