package dev.penny.intents.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.penny.intents.classifier.TrainingOptions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EvaluationCommandTest {

    @Test
    void trains_on_a_catalog_tests_on_jsonl_and_writes_every_summary_field(@TempDir Path dir) throws Exception {
        Path test = dir.resolve("test.jsonl");
        Files.writeString(test, """
                {"text": "my card has not turned up yet", "intent": "card_arrival"}
                {"text": "someone nicked my card", "intent": "lost_or_stolen_card"}
                {"text": "which conversion rate applies to dollars", "intent": "exchange_rate"}
                {"text": "topping up my account was declined", "intent": "top_up_failed"}
                {"text": "set a different PIN for me", "intent": "change_pin"}
                {"text": "shut my account down", "intent": "close_account"}
                {"text": "who won the football match last night", "intent": "oos"}
                """);
        Path json = dir.resolve("summary.json");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        EvaluationCommand.run(
                EvaluationArguments.parse(new String[] {
                    "--train",
                    "src/test/resources/catalogs/small-bank.yml",
                    "--test",
                    test.toString(),
                    "--json",
                    json.toString(),
                    "--latency-queries",
                    "5"
                }),
                new PrintStream(printed, true, StandardCharsets.UTF_8));

        JsonNode summary = JsonMapper.builder().build().readTree(json.toFile());
        for (String field : new String[] {
            "accuracy", "macro_f1", "known_accuracy", "oos_precision", "oos_recall", "coverage_at_precision",
            "train_seconds", "latency_p50_ms", "latency_p99_ms", "throughput_per_s", "peak_heap_mb", "peers"
        }) {
            assertThat(summary.has(field)).as(field).isTrue();
        }
        assertThat(summary.get("accuracy").asDouble()).isGreaterThan(0.8);
        assertThat(summary.get("oos_recall").isNull()).isFalse();
        assertThat(summary.get("peers").has("langchain4j-embedding-classifier")).isTrue();
        assertThat(summary.get("peers").has("lucene-bm25-nearest-example")).isTrue();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("penny/langchain4j-embedding-classifier");
    }

    @Test
    void holding_out_intents_relabels_their_test_rows_as_out_of_scope() {
        var train = java.util.List.of(
                new Candidate.Example("a", "one"), new Candidate.Example("b", "two"),
                new Candidate.Example("c", "three"), new Candidate.Example("d", "four"));
        UnknownIntents unknown = UnknownIntents.choose(train, 0.25, 1);
        assertThat(unknown.removed()).hasSize(1);
        String removed = unknown.removed().iterator().next();
        assertThat(unknown.training(train))
                .extracting(Candidate.Example::intentId)
                .doesNotContain(removed);
        assertThat(unknown.test(java.util.List.of(new Candidate.Example("x", removed)))
                        .get(0)
                        .intentId())
                .isEqualTo("oos");
        assertThat(UnknownIntents.choose(train, 0.25, 1)).isEqualTo(unknown);
    }

    @Test
    void rejects_missing_or_unknown_options_with_the_usage() {
        assertThatThrownBy(() -> EvaluationArguments.parse(new String[] {"--train", "x.jsonl"}))
                .hasMessageContaining("--train and --test are required")
                .hasMessageContaining("usage:");
        assertThatThrownBy(() -> EvaluationArguments.parse(new String[] {"--trian", "x"}))
                .hasMessageContaining("unknown option --trian");
    }

    @Test
    void the_nearest_examples_share_is_the_trainings_default_unless_given_and_must_be_a_share() {
        String[] files = {"--train", "x.jsonl", "--test", "y.jsonl"};
        assertThat(EvaluationArguments.parse(files).neighbourWeight())
                .isEqualTo(TrainingOptions.defaults().neighbourWeight());
        String[] off = {"--train", "x.jsonl", "--test", "y.jsonl", "--neighbour-weight", "0"};
        assertThat(EvaluationArguments.parse(off).neighbourWeight()).isZero();
        assertThatThrownBy(() -> EvaluationArguments.parse(
                        new String[] {"--train", "x.jsonl", "--test", "y.jsonl", "--neighbour-weight", "1.5"}))
                .hasMessageContaining("--neighbour-weight must be in [0, 1]");
    }

    @Test
    void titles_train_penny_unless_left_out() {
        assertThat(EvaluationArguments.parse(new String[] {"--train", "x.jsonl", "--test", "y.jsonl"})
                        .titles())
                .isTrue();
        assertThat(EvaluationArguments.parse(new String[] {"--train", "x.jsonl", "--no-titles", "--test", "y.jsonl"})
                        .titles())
                .isFalse();
    }
}
