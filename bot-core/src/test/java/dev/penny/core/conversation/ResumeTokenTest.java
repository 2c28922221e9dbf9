package dev.penny.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResumeTokenTest {

    @Test
    void a_token_reads_back_from_its_value() {
        ResumeToken token = ResumeToken.issue(ConversationId.random());

        assertThat(ResumeToken.parse(token.value())).isEqualTo(token);
    }

    @Test
    void the_public_id_alone_is_not_a_token() {
        ConversationId id = ConversationId.random();

        assertThat(ResumeToken.parse(id.value())).isNull();
        assertThat(ResumeToken.parse(null)).isNull();
        assertThat(ResumeToken.parse(id.value() + ".short")).isNull();
    }

    @Test
    void its_text_form_names_the_conversation_but_never_the_secret() {
        ResumeToken token = ResumeToken.issue(ConversationId.random());

        assertThat(token.toString()).contains(token.conversationId().value()).doesNotContain(token.secret());
        assertThat(token.secretHash()).hasSize(64).doesNotContain(token.secret());
        assertThat(token.hashes(token.secretHash())).isTrue();
        assertThat(token.hashes(ResumeToken.issue(token.conversationId()).secretHash()))
                .isFalse();
    }
}
