package dev.penny.channels.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplayOptionsTest {

    @Test
    void defaults_to_the_demo_corpus_and_gpt_4o_mini_list_prices() {
        ReplayOptions options = ReplayOptions.parse(new String[] {"replay"});

        assertThat(options.conversations()).isNull();
        assertThat(options.llmInputMicroDollarsPerMillion()).isEqualTo(150_000);
        assertThat(options.llmOutputMicroDollarsPerMillion()).isEqualTo(600_000);
        assertThat(options.json()).isNull();
    }

    @Test
    void reads_prices_in_dollars_per_million_delay_in_seconds_and_passes_penny_settings_on() {
        ReplayOptions options = ReplayOptions.parse(new String[] {
            "replay",
            "--conversations",
            "c.jsonl",
            "--llm-price-in",
            "2.5",
            "--llm-price-out",
            "10",
            "--agent-delay",
            "0.5",
            "--json",
            "out.json",
            "--penny.policy.choice-margin=0.2"
        });

        assertThat(options.conversations()).isEqualTo(Path.of("c.jsonl"));
        assertThat(options.llmInputMicroDollarsPerMillion()).isEqualTo(2_500_000);
        assertThat(options.llmOutputMicroDollarsPerMillion()).isEqualTo(10_000_000);
        assertThat(options.agentDelay()).isEqualTo(Duration.ofMillis(500));
        assertThat(options.json()).isEqualTo(Path.of("out.json"));
        assertThat(options.pennyArguments()).isEqualTo(List.of("--penny.policy.choice-margin=0.2"));
    }

    @Test
    void refuses_unknown_options_missing_values_and_negative_prices() {
        assertThatThrownBy(() -> ReplayOptions.parse(new String[] {"replay", "--speed", "2"}))
                .hasMessageStartingWith("unknown option --speed");
        assertThatThrownBy(() -> ReplayOptions.parse(new String[] {"replay", "--json"}))
                .hasMessageStartingWith("--json needs a value");
        assertThatThrownBy(() -> ReplayOptions.parse(new String[] {"replay", "--llm-price-in", "cheap"}))
                .hasMessageStartingWith("--llm-price-in needs a number, was cheap");
        assertThatThrownBy(() -> ReplayOptions.parse(new String[] {"replay", "--llm-price-out", "-1"}))
                .hasMessageStartingWith("prices and the agent delay must not be negative");
    }
}
