package dev.penny.intents.retriever;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.core.understanding.FaqMatch;
import dev.penny.intents.catalog.Catalog;
import dev.penny.intents.catalog.CatalogLoader;
import dev.penny.intents.encoder.EncoderModel;
import dev.penny.intents.encoder.OnnxSentenceEncoder;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EmbeddingFaqRetrieverTest {

    private static OnnxSentenceEncoder encoder;
    private static EmbeddingFaqRetriever retriever;

    @BeforeAll
    static void index() {
        encoder = OnnxSentenceEncoder.load(EncoderModel.bgeSmallEnV15Quantized());
        Catalog catalog = new CatalogLoader()
                .load(Path.of("src/test/resources/catalogs/small-bank.yml"))
                .catalog();
        retriever = EmbeddingFaqRetriever.index(catalog, encoder);
    }

    @AfterAll
    static void close() {
        encoder.close();
    }

    @Test
    void ranks_the_matching_entry_first() {
        List<FaqMatch> matches = retriever.retrieve("my debit card never turned up in the mail", 3);
        assertThat(matches).hasSize(3);
        assertThat(matches.get(0).entry().intentId()).isEqualTo("card_arrival");
        assertThat(matches.get(0).score()).isGreaterThan(matches.get(1).score());
    }

    @Test
    void finds_an_entry_by_words_of_its_answer() {
        List<FaqMatch> matches = retriever.retrieve("Can I see my PIN at an ATM?", 2);
        assertThat(matches.get(0).entry().intentId()).isEqualTo("change_pin");
    }

    @Test
    void scores_stay_in_the_unit_interval_and_respect_the_limit() {
        List<FaqMatch> matches = retriever.retrieve("banana bread recipe", 10);
        assertThat(matches).hasSize(6);
        assertThat(matches).allSatisfy(m -> assertThat(m.score()).isBetween(0.0, 1.0));
        assertThat(retriever.retrieve("anything", 0)).isEmpty();
    }
}
