package dev.penny.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConversationIdTest {

    @Test
    void random_ids_are_well_formed_and_distinct() {
        Set<String> ids = IntStream.range(0, 1000)
                .mapToObj(i -> ConversationId.random().value())
                .collect(Collectors.toSet());

        assertThat(ids).hasSize(1000).allMatch(ConversationId::isValid);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "short", "has a space in it......", "abc{def}ghijklmnopqrstu", "abcdefghijklmnopqrstuvw"})
    void refuses_malformed_ids(String text) {
        assertThat(ConversationId.isValid(text)).isFalse();
        assertThatThrownBy(() -> new ConversationId(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void prints_as_its_value_for_keys_and_logs() {
        ConversationId id = ConversationId.random();

        assertThat(id).hasToString(id.value());
    }
}
