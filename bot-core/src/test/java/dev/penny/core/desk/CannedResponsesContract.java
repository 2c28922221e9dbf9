package dev.penny.core.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link CannedResponses} must do. Extend it once per implementation; {@link #newResponses()} is empty. */
public abstract class CannedResponsesContract {

    private CannedResponses responses;

    protected abstract CannedResponses newResponses();

    @BeforeEach
    void createResponses() {
        responses = newResponses();
    }

    @Test
    void creates_reads_replaces_and_deletes_by_locale_and_shortcut() {
        CannedResponse refund = new CannedResponse("en", "refund", "Refunds take 5 working days.");
        assertThat(responses.save(refund)).isTrue();
        assertThat(responses.find("en", "refund")).contains(refund);

        CannedResponse faster = new CannedResponse("en", "refund", "Refunds take 3 working days.");
        assertThat(responses.save(faster)).isFalse();
        assertThat(responses.of("en")).containsExactly(faster);

        assertThat(responses.delete("en", "refund")).isTrue();
        assertThat(responses.delete("en", "refund")).isFalse();
        assertThat(responses.find("en", "refund")).isEmpty();
        assertThat(responses.of("en")).isEmpty();
    }

    @Test
    void each_locale_has_its_own_responses_listed_by_shortcut() {
        CannedResponse hello = new CannedResponse("en", "hello", "Hello! How can I help?");
        CannedResponse bye = new CannedResponse("en", "bye", "Thanks for writing, goodbye.");
        CannedResponse helloKo = new CannedResponse("ko", "hello", "안녕하세요! 무엇을 도와드릴까요?");
        responses.save(hello);
        responses.save(helloKo);
        responses.save(bye);

        assertThat(responses.of("en")).containsExactly(bye, hello);
        assertThat(responses.of("ko")).containsExactly(helloKo);
        assertThat(responses.of("fr")).isEmpty();
        assertThat(responses.find("ko", "bye")).isEmpty();
    }

    @Test
    void a_locale_holds_a_bounded_number() {
        for (int i = 0; i < CannedResponses.MAX_PER_LOCALE; i++) {
            responses.save(new CannedResponse("de", "r" + i, "text " + i));
        }

        assertThatThrownBy(() -> responses.save(new CannedResponse("de", "one-more", "text")))
                .isInstanceOf(IllegalStateException.class);
        assertThat(responses.save(new CannedResponse("de", "r0", "replaced"))).isFalse();
        assertThat(responses.of("de")).hasSize(CannedResponses.MAX_PER_LOCALE);
    }

    @Test
    void malformed_responses_are_refused() {
        assertThatThrownBy(() -> new CannedResponse("EN", "hello", "x")).hasMessageContaining("locale");
        assertThatThrownBy(() -> new CannedResponse("en", "Hello There", "x")).hasMessageContaining("shortcut");
        assertThatThrownBy(() -> new CannedResponse("en", "hello", " ")).hasMessageContaining("text");
        assertThatThrownBy(() -> new CannedResponse("en", "hello", "x".repeat(CannedResponse.MAX_LENGTH + 1)))
                .hasMessageContaining("text");
    }
}
