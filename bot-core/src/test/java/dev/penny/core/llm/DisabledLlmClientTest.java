package dev.penny.core.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DisabledLlmClientTest {

    @Test
    void every_call_fails_as_unavailable() {
        assertThatThrownBy(() -> new DisabledLlmClient().answer(new GroundedQuestion("rent?", List.of())))
                .isInstanceOfSatisfying(
                        LlmException.class, e -> assertThat(e.failure()).isEqualTo(LlmException.Failure.UNAVAILABLE));
    }
}
