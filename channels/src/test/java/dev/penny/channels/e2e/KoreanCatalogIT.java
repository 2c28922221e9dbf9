package dev.penny.channels.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A Korean catalog served end to end over a real socket, on a model directory of the application's own.
 *
 * <p>The directory holds the int8 all-MiniLM-L6-v2 copied out of its bundled artifact (one .onnx and its
 * tokenizer.json), as a team would bring a model. It is an English model: its tokenizer splits Hangul into jamo pieces,
 * so it matches questions that reuse a catalog example's words and cannot understand a Korean paraphrase in other
 * words; a multilingual model in the same directory layout is what a Korean deployment would use. The answer threshold
 * is set because this catalog's thirty examples are too few to show a 98% answered-precision.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "penny.catalog=classpath:catalog/korean-bank.yml",
            "penny.policy.min-answer-confidence=0.3",
            "penny.redis.url=",
            "penny.llm.base-url=",
            "penny.limits.allowed-origins=https://shop.example",
            "penny.agents[0].username=alice",
            "penny.agents[0].password-hash=" + RunningPenny.ALICE_HASH,
            "penny.agents[0].roles=AGENT",
        })
class KoreanCatalogIT {

    private static final Path MODEL = modelDirectory();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void model(DynamicPropertyRegistry registry) {
        registry.add("penny.model", MODEL::toString);
    }

    @AfterAll
    static void deleteModel() throws IOException {
        try (var files = Files.list(MODEL)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(MODEL);
    }

    @Test
    void answers_a_korean_question_from_the_korean_catalog() {
        try (Visitor visitor = Visitor.start(port)) {
            JsonNode answer = visitor.ask("카드 분실 신고하고 싶어요");

            assertThat(answer.path("payload").path("route").asString()).isEqualTo("faq");
            assertThat(answer.path("payload").path("text").asString()).contains("카드를 바로 정지");
        }
    }

    @Test
    void a_visitor_asking_for_a_person_in_korean_is_handed_off_in_korean() {
        try (Visitor visitor = Visitor.start(port)) {
            JsonNode handoff = visitor.ask("상담원 연결해 주세요");

            assertThat(handoff.path("payload").path("route").asString()).isEqualTo("human");
            assertThat(handoff.path("payload").path("text").asString())
                    .isEqualTo("상담원에게 전달하겠지만 지금은 연결 가능한 상담원이 없습니다. 메시지와 이메일 주소를 남겨 주시면 이메일로 답변드리겠습니다.");
            assertThat(visitor.socket
                            .next("handoff.status")
                            .path("payload")
                            .path("status")
                            .asString())
                    .isEqualTo("no_agent_online");
        }
    }

    private static Path modelDirectory() {
        try {
            Path directory = Files.createTempDirectory("penny-byo-model");
            copy("all-minilm-l6-v2-q.onnx", directory.resolve("model.onnx"));
            copy("all-minilm-l6-v2-q-tokenizer.json", directory.resolve("tokenizer.json"));
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(String resource, Path to) throws IOException {
        try (InputStream in = KoreanCatalogIT.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test class path");
            }
            Files.copy(in, to);
        }
    }
}
