package dev.penny.intents.retriever;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.core.understanding.FaqMatch;
import dev.penny.core.understanding.PassageMatch;
import dev.penny.intents.catalog.Catalog;
import dev.penny.intents.catalog.CatalogLoader;
import dev.penny.intents.encoder.EncoderModel;
import dev.penny.intents.encoder.OnnxSentenceEncoder;
import dev.penny.intents.knowledge.Article;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HybridFaqRetrieverTest {

    private static final Article TRAVEL = new Article(
            "travel",
            "Using your card abroad",
            "https://help.example.com/travel",
            "Tell us before you travel.\n\n## Cash machines abroad\n\nWithdrawals abroad cost 2% with a minimum of"
                    + " 1 euro.\n\n## Blocked while travelling\n\nCall the number on the back of the card.");

    private static OnnxSentenceEncoder encoder;
    private static Catalog catalog;
    private static HybridFaqRetriever retriever;

    @BeforeAll
    static void index() {
        encoder = OnnxSentenceEncoder.load(EncoderModel.bgeSmallEnV15Quantized());
        catalog = new CatalogLoader()
                .load(Path.of("src/test/resources/catalogs/small-bank.yml"))
                .catalog()
                .withArticles(List.of(TRAVEL));
        retriever = HybridFaqRetriever.index(catalog, encoder, null);
    }

    @AfterAll
    static void close() {
        encoder.close();
    }

    @Test
    void ranks_faq_entries_apart_from_passages() {
        List<FaqMatch> matches = retriever.retrieve("my debit card never turned up in the mail", 3);

        assertThat(matches).hasSize(3);
        assertThat(matches.get(0).entry().intentId()).isEqualTo("card_arrival");
        assertThat(matches).allSatisfy(m -> assertThat(m.score()).isBetween(0.0, 1.0));
    }

    @Test
    void finds_the_passage_that_answers_with_its_anchored_link() {
        List<PassageMatch> passages = retriever.passages("what does taking out cash in another country cost", 2);

        assertThat(passages).isNotEmpty();
        assertThat(passages.get(0).passage().title()).endsWith(" › Cash machines abroad");
        assertThat(passages.get(0).passage().articleId()).isEqualTo(TRAVEL.id());
        assertThat(passages.get(0).passage().url()).isEqualTo("https://help.example.com/travel#cash-machines-abroad");
        assertThat(retriever.passageCount()).isEqualTo(3);
    }

    @Test
    void a_new_version_with_one_changed_passage_encodes_only_that_passage() {
        Article edited = new Article(
                TRAVEL.id(), TRAVEL.title(), TRAVEL.url(), TRAVEL.markdown().replace("2%", "3%"));

        HybridFaqRetriever next = HybridFaqRetriever.index(catalog.withArticles(List.of(edited)), encoder, retriever);

        assertThat(next.encodedTexts()).isEqualTo(1);
    }
}
