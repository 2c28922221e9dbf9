package dev.penny.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The request-a-person phrases meet crafted texts of a megabyte, and only the start of a text longer than a message. */
class HumanRequestLengthTest {

    private static final int MEGABYTE = 1 << 20;
    private final HumanRequest request =
            new HumanRequest(List.of("talk to a? person/human/agent", "=agent", "=human please?", "call* me*"));

    static Stream<String> crafted() {
        return Stream.of(
                " !".repeat(MEGABYTE / 2) + "a",
                "talk to ".repeat(MEGABYTE / 8),
                "agent" + " ".repeat(MEGABYTE),
                "call".repeat(MEGABYTE / 4),
                "human " + "!".repeat(MEGABYTE));
    }

    @ParameterizedTest
    @MethodSource("crafted")
    void a_crafted_megabyte_is_searched_within_seconds(String text) {
        Optional<String> found = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> request.phraseIn(text));

        assertThat(found).isNotNull();
    }

    @Test
    void searches_as_much_of_a_text_as_a_message_may_hold() {
        String padding = "my card was swallowed by the machine. ".repeat(HumanRequest.MAX_CHARS / 38 - 1);

        assertThat(request.phraseIn(padding + "talk to a person")).contains("talk to a person");
        assertThat(request.phraseIn(padding + " ".repeat(100) + "talk to a person"))
                .isEmpty();
    }
}
