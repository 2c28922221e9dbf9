package dev.penny.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How often the English phrases hand off a message that only mentions a person, and miss one that asks for a person,
 * on two sets of messages written for this test ({@code src/test/resources/handoff}). Prints both rates.
 */
class HumanRequestRatesTest {

    private final HumanRequest english = new HumanRequest(PolicySettings.ENGLISH_HANDOFF_PHRASES);

    @Test
    void hands_off_requests_for_a_person_and_not_messages_that_merely_mention_one() {
        List<String> asks = lines("asks-for-person.txt");
        List<String> mentions = lines("mentions-person.txt");
        List<String> missed =
                asks.stream().filter(m -> english.phraseIn(m).isEmpty()).toList();
        List<String> falseHandoffs =
                mentions.stream().filter(m -> english.phraseIn(m).isPresent()).toList();

        System.out.printf(
                "handoff phrases (en): missed %d of %d requests (%.3f), handed off %d of %d mentions (%.3f)%n"
                        + "  missed: %s%n  false handoffs: %s%n",
                missed.size(),
                asks.size(),
                missed.size() / (double) asks.size(),
                falseHandoffs.size(),
                mentions.size(),
                falseHandoffs.size() / (double) mentions.size(),
                missed,
                falseHandoffs);
        assertThat(asks).hasSizeGreaterThanOrEqualTo(50);
        assertThat(mentions).hasSizeGreaterThanOrEqualTo(50);
        assertThat(falseHandoffs.size()).as("false handoffs: %s", falseHandoffs).isLessThanOrEqualTo(1);
        assertThat(missed.size()).as("missed requests: %s", missed).isLessThanOrEqualTo(3);
    }

    @Test
    void a_lone_word_counts_only_as_the_whole_message() {
        assertThat(english.phraseIn("Agent!!")).contains("Agent!!");
        assertThat(english.phraseIn("human please")).isPresent();
        assertThat(english.phraseIn("my travel agent")).isEmpty();
        assertThat(english.phraseIn("human error")).isEmpty();
    }

    @Test
    void phrase_syntax_has_alternatives_optional_words_and_words_that_run_on() {
        HumanRequest request = new HumanRequest(List.of("talk/speak to a/an? human", "상담원 통화*"));

        assertThat(request.phraseIn("can I speak to a human")).contains("speak to a human");
        assertThat(request.phraseIn("talk to\nhuman now")).isPresent();
        assertThat(request.phraseIn("talk to humanity")).isEmpty();
        assertThat(request.phraseIn("상담원 통화하고 싶어요")).contains("상담원 통화하고");
    }

    private static List<String> lines(String file) {
        try (InputStream in = HumanRequestRatesTest.class.getResourceAsStream("/handoff/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
