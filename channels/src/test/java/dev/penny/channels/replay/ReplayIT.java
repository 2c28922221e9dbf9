package dev.penny.channels.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The replay on a small corpus: an in-process Penny, the simulated LLM and agents, and the figures it reports. */
class ReplayIT {

    private static final String CORPUS = """
            {"id":"known","turns":[{"text":"I am still waiting on my card?","expect":"card_arrival"},\
            {"text":"What is my money worth in other countries?","expect":"exchange_rate"}]}

            {"id":"person","turns":[{"text":"Can I talk to a person please?","expect":"human"},\
            {"text":"What is my money worth in other countries?","expect":"card_arrival"}]}
            {"id":"elsewhere","turns":[{"text":"What's the weather going to be like tomorrow in Lisbon?","expect":"oos"}]}
            """;

    @TempDir
    Path dir;

    @Test
    void replays_labelled_conversations_and_scores_them_against_their_labels() throws Exception {
        Path corpus = Files.writeString(dir.resolve("corpus.jsonl"), CORPUS);
        ReplayOptions options = new ReplayOptions(
                corpus,
                150_000,
                600_000,
                Duration.ofMillis(1500),
                2,
                null,
                List.of("--penny.catalog=classpath:catalog/test-bank.yml"));

        Map<String, Object> figures =
                ReplayCommand.replay(options, ReplayCorpus.read(corpus)).values();

        assertThat(figures).containsEntry("conversations", 3).containsEntry("turns", 5);
        // the person's conversation went to the simulated agent, who handed it back: its next question reached the bot
        assertThat(figures).containsEntry("automation_rate", 0.6667);
        assertThat(figures).containsEntry("person_requests_handed_off", 1.0);
        assertThat((long) figures.get("agent_seconds")).isGreaterThanOrEqualTo(1);
        assertThat(figures).containsEntry("unanswered", 0L);
        // three FAQ answers, the last one labelled with another intent on purpose: a wrong answer
        assertThat(figures).containsEntry("faq_share", 0.6);
        assertThat(figures).containsEntry("answered_precision", 0.6667);
        assertThat(figures).containsEntry("wrong_answer_rate", 0.2);
        assertThat(figures).containsEntry("oos_caught", 1.0);
        assertThat(figures.get("handoff_turns_by_expectation"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.map(String.class, Long.class))
                .containsEntry("human", 1L)
                .containsEntry("faq", 0L);
        assertThat((double) figures.get("cost_usd")).isPositive();
        assertThat((double) figures.get("cost_ratio_to_all_llm")).isBetween(0.0, 1.0);
        assertThat((double) figures.get("all_llm_cost_per_1000_conversations_usd"))
                .isEqualTo(
                        (double) figures.get("all_llm_cost_usd") * 1000 / 3, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void counts_out_of_scope_replies_apart_from_faq_answers() throws Exception {
        Path corpus = Files.writeString(dir.resolve("scope.jsonl"), """
                {"id":"known","turns":[{"text":"How do I change my PIN?","expect":"change_pin"},\
                {"text":"What's the weather going to be like tomorrow in Lisbon?","expect":"oos"}]}
                """);
        ReplayOptions options = new ReplayOptions(
                corpus,
                150_000,
                600_000,
                Duration.ofMillis(100),
                1,
                null,
                List.of(
                        "--penny.catalog=classpath:catalog/scope-bank.yml",
                        "--penny.policy.out-of-scope-intent=what_can_you_help_with"));

        Map<String, Object> figures =
                ReplayCommand.replay(options, ReplayCorpus.read(corpus)).values();

        assertThat(figures).containsEntry("faq_share", 1.0).containsEntry("out_of_scope_reply_share", 0.5);
        assertThat(figures).containsEntry("answered_precision", 1.0).containsEntry("wrong_answer_rate", 0.0);
        assertThat(figures).containsEntry("oos_caught", 1.0).containsEntry("llm_share", 0.0);
        assertThat(figures.get("out_of_scope_replies_by_expectation"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.map(String.class, Long.class))
                .containsEntry("oos", 1L)
                .containsEntry("faq", 0L);
        assertThat(figures).containsEntry("llm_input_tokens", 0L);
    }
}
