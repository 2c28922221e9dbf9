package dev.penny.intents.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ArticleRetrievalEvaluationTest {

    private static final String[] FIGURES = {
        "recall_at_1", "recall_at_5", "mrr", "ndcg_at_10", "index_seconds", "latency_p50_ms", "latency_p99_ms"
    };

    @Test
    void ranks_articles_for_hybrid_and_both_peers_and_writes_every_summary_field(@TempDir Path dir) throws Exception {
        Path docs = dir.resolve("docs.jsonl");
        Files.writeString(docs, """
                {"id": "returns", "title": "Returns", "text": "Send an item back within 30 days for a refund.", "url": "/returns"}
                {"id": "shipping", "title": "Shipping", "text": "## Abroad\\n\\nWe ship to most countries in a week.", "url": "/shipping"}
                {"id": "password", "title": "Resetting your password", "text": "Use the reset link on the sign-in page.", "url": "/password"}
                """);
        Path queries = dir.resolve("queries.jsonl");
        Files.writeString(queries, """
                {"text": "how do I get my money back", "relevant": ["returns"]}
                {"text": "do you deliver to Canada", "relevant": ["shipping"]}
                {"text": "I forgot how to log in", "relevant": ["password"]}
                """);
        Path json = dir.resolve("summary.json");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        ArticleRetrievalEvaluation.run(
                ArticleEvaluationArguments.parse(new String[] {
                    "--articles", docs.toString(), "--queries", queries.toString(), "--json", json.toString()
                }),
                new PrintStream(printed, true, StandardCharsets.UTF_8));

        JsonNode summary = JsonMapper.builder().build().readTree(json.toFile());
        for (String field : FIGURES) {
            assertThat(summary.has(field)).as(field).isTrue();
            assertThat(summary.get("peers").get("lucene-bm25").has(field))
                    .as(field)
                    .isTrue();
            assertThat(summary.get("peers").get("dense-bge-small-en-v1.5-q").has(field))
                    .as(field)
                    .isTrue();
        }
        assertThat(summary.get("recall_at_5").asDouble()).isEqualTo(1.0);
        assertThat(summary.get("passage_count").asInt()).isEqualTo(3);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("penny/lucene-bm25", "other fusions");
    }

    @Test
    void names_both_files_when_one_is_missing() {
        assertThatThrownBy(() -> ArticleEvaluationArguments.parse(new String[] {"--articles", "docs.jsonl"}))
                .hasMessageContaining("--articles and --queries are required");
    }

    @Test
    void scores_a_ranking_by_its_first_relevant_article() {
        RankingScores scores = RankingScores.of(
                java.util.List.of(java.util.List.of("a", "b"), java.util.List.of("x", "y", "z")),
                java.util.List.of(java.util.Set.of("b"), java.util.Set.of("q")));
        assertThat(scores.recallAt1()).isEqualTo(0.0);
        assertThat(scores.recallAt5()).isEqualTo(0.5);
        assertThat(scores.mrr()).isEqualTo(0.25);
        assertThat(scores.ndcgAt10())
                .isCloseTo(0.5 / (Math.log(3) / Math.log(2)), org.assertj.core.data.Offset.offset(1e-9));
    }
}
