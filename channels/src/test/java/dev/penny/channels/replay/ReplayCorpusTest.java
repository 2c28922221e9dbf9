package dev.penny.channels.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplayCorpusTest {

    private static List<ReplayCorpus.Conversation> read(String text) throws Exception {
        return ReplayCorpus.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "corpus");
    }

    @Test
    void reads_conversations_and_skips_blank_lines() throws Exception {
        List<ReplayCorpus.Conversation> conversations = read("""
                {"id":"a","turns":[{"text":"where is my card","expect":"card_arrival"},{"text":"agent","expect":"human"}]}

                {"id":"b","turns":[{"text":"tell me a joke","expect":"oos"}]}
                """);

        assertThat(conversations).extracting(ReplayCorpus.Conversation::id).containsExactly("a", "b");
        assertThat(conversations.get(0).turns())
                .containsExactly(
                        new ReplayCorpus.Line("where is my card", "card_arrival"),
                        new ReplayCorpus.Line("agent", "human"));
    }

    @Test
    void refuses_bad_lines_naming_where_they_are() {
        assertThatThrownBy(() -> read("{\"id\":\"a\",\"turns\":[{\"text\":\"hi\",\"expect\":\"oos\"}]}\nnot json"))
                .hasMessageStartingWith("corpus:2: not JSON");
        assertThatThrownBy(() -> read("{\"id\":\"a\",\"turns\":[{\"text\":\"hi\"}]}"))
                .hasMessage("corpus:1: every turn needs a \"text\" and an \"expect\"");
        assertThatThrownBy(() -> read("{\"id\":\"a\",\"turns\":[]}"))
                .hasMessage("corpus:1: needs at least one turn in \"turns\"");
        assertThatThrownBy(() -> read("{\"turns\":[{\"text\":\"hi\",\"expect\":\"oos\"}]}"))
                .hasMessage("corpus:1: needs an \"id\"");
        String line = "{\"id\":\"a\",\"turns\":[{\"text\":\"hi\",\"expect\":\"oos\"}]}\n";
        assertThatThrownBy(() -> read(line + line)).hasMessage("corpus:2: conversation id a appears twice");
        assertThatThrownBy(() -> read("\n")).hasMessage("corpus: no conversations");
    }

    @Test
    void the_demo_corpus_has_a_thousand_conversations_of_bank_questions_out_of_domain_questions_and_persons()
            throws Exception {
        List<ReplayCorpus.Conversation> demo = ReplayCorpus.demo();

        assertThat(demo).hasSize(1000);
        List<String> expected = demo.stream()
                .flatMap(c -> c.turns().stream())
                .map(ReplayCorpus.Line::expect)
                .toList();
        assertThat(expected).contains("oos", "human", "card_arrival");
        assertThat(demo).allSatisfy(c -> assertThat(c.turns()).isNotEmpty());
    }
}
