package dev.penny.intents.retriever;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.intents.encoder.EncoderModel;
import dev.penny.intents.encoder.OnnxSentenceEncoder;
import dev.penny.intents.encoder.SentenceEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HybridIndexTest {

    // the form code only the first article names, asked with words that mean gift card but are not its words;
    // the password article shares no word with its question
    private static final List<String[]> ARTICLES = List.of(
            new String[] {
                "Customs forms",
                "Parcels leaving the country need a customs declaration; business senders also attach form QV-3."
            },
            new String[] {"Resetting your password", "Use the reset link on the sign-in page to pick a new password."},
            new String[] {"Shipping abroad", "We ship to most countries; international delivery takes a week."},
            new String[] {"Opening hours", "Our shops open at nine and close at six, Monday to Saturday."},
            new String[] {"Gift cards", "Gift cards can be spent online and in shops for two years."});
    private static final String RARE_CODE_QUESTION = "do I need QV-3 for a present voucher";
    private static final String PARAPHRASE_QUESTION = "I forgot how to log in";

    private static OnnxSentenceEncoder encoder;
    private static HybridIndex index;

    @BeforeAll
    static void build() {
        encoder = OnnxSentenceEncoder.load(EncoderModel.bgeSmallEnV15Quantized());
        index = HybridIndex.build(documents(ARTICLES), "en", encoder, null);
    }

    @AfterAll
    static void close() {
        encoder.close();
    }

    @Test
    void words_alone_and_meaning_alone_each_miss_what_the_other_finds() {
        assertThat(top(index.searchWords(RARE_CODE_QUESTION, 5))).isEqualTo(0);
        assertThat(top(index.searchMeaning(RARE_CODE_QUESTION, 5))).isNotEqualTo(0);

        assertThat(top(index.searchMeaning(PARAPHRASE_QUESTION, 5))).isEqualTo(1);
        assertThat(top(index.searchWords(PARAPHRASE_QUESTION, 5))).isNotEqualTo(1);
    }

    @Test
    void the_fused_ranking_finds_both() {
        assertThat(top(index.search(RARE_CODE_QUESTION, Fusion.DEFAULT, 5))).isEqualTo(0);
        assertThat(top(index.search(PARAPHRASE_QUESTION, Fusion.DEFAULT, 5))).isEqualTo(1);
    }

    @Test
    void fused_results_keep_the_meaning_similarity_and_the_limit() {
        List<RankedOwner> ranked = index.search(PARAPHRASE_QUESTION, Fusion.DEFAULT, 3);
        assertThat(ranked).hasSize(3);
        assertThat(ranked).allSatisfy(r -> assertThat(r.similarity()).isBetween(-1.0, 1.0));
    }

    @Test
    void a_new_version_encodes_only_the_texts_the_previous_one_did_not_hold() {
        CountingEncoder counting = new CountingEncoder(encoder);
        HybridIndex first = HybridIndex.build(documents(ARTICLES), "en", counting, null);
        assertThat(first.encodedTexts()).isEqualTo(10);

        List<String[]> edited = new ArrayList<>(ARTICLES);
        edited.set(3, new String[] {"Opening hours", "Our shops now open at eight."});
        counting.texts.set(0);
        HybridIndex second = HybridIndex.build(documents(edited), "en", counting, first);

        assertThat(second.encodedTexts()).isEqualTo(1);
        assertThat(counting.texts.get()).isEqualTo(1);
        assertThat(top(second.search("when do you open", Fusion.DEFAULT, 1))).isEqualTo(3);
    }

    @Test
    void a_text_reused_from_the_previous_version_keeps_the_vector_a_fresh_build_gives_it() {
        List<String[]> fewer = ARTICLES.subList(0, 3);
        HybridIndex previous = HybridIndex.build(documents(fewer), "en", encoder, null);
        HybridIndex grown = HybridIndex.build(documents(ARTICLES), "en", encoder, previous);
        HybridIndex fresh = HybridIndex.build(documents(ARTICLES), "en", encoder, null);

        // every text is encoded alone, so neither which texts were new nor their order moves a vector
        assertThat(grown.encodedTexts()).isEqualTo(4);
        for (String question : List.of(PARAPHRASE_QUESTION, RARE_CODE_QUESTION, "when do you open")) {
            assertThat(grown.searchMeaning(question, 5)).isEqualTo(fresh.searchMeaning(question, 5));
        }
    }

    @Test
    void texts_the_classifier_encoded_are_batched_and_the_rest_encoded_alone() {
        CountingEncoder counting = new CountingEncoder(encoder);
        List<SearchDocument> documents = List.of(
                new SearchDocument(0, "lost card", List.of("I lost my card", "my card is gone", "Lost card"), false),
                new SearchDocument(
                        1, "Cards\nReport a lost card in the app.", List.of("Cards", "Report a lost card.")));

        HybridIndex built = HybridIndex.build(documents, "en", counting, null);

        assertThat(counting.batched).containsExactly(List.of("I lost my card", "my card is gone", "Lost card"));
        assertThat(counting.alone).containsExactly(List.of("Cards", "Report a lost card."));
        assertThat(built.encodedTexts()).isEqualTo(5);
    }

    @Test
    void a_question_of_stop_words_only_is_ranked_by_meaning() {
        assertThat(index.searchWords("the of and", 5)).isEmpty();
        assertThat(index.search("the of and", Fusion.DEFAULT, 5)).hasSize(5);
    }

    private static int top(List<RankedOwner> ranked) {
        return ranked.isEmpty() ? -1 : ranked.get(0).owner();
    }

    private static List<SearchDocument> documents(List<String[]> articles) {
        List<SearchDocument> documents = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            String[] a = articles.get(i);
            documents.add(new SearchDocument(i, a[0] + "\n" + a[1], List.of(a[0], a[1])));
        }
        return documents;
    }

    /** Counts the texts that reach the real encoder. */
    private static final class CountingEncoder implements SentenceEncoder {
        private final SentenceEncoder encoder;
        private final AtomicInteger texts = new AtomicInteger();
        private final List<List<String>> batched = new ArrayList<>();
        private final List<List<String>> alone = new ArrayList<>();

        CountingEncoder(SentenceEncoder encoder) {
            this.encoder = encoder;
        }

        @Override
        public String name() {
            return encoder.name();
        }

        @Override
        public int dimension() {
            return encoder.dimension();
        }

        @Override
        public float[][] encode(List<String> batch) {
            texts.addAndGet(batch.size());
            batched.add(batch);
            return encoder.encode(batch);
        }

        @Override
        public float[][] encodeEach(List<String> batch) {
            alone.add(batch);
            texts.addAndGet(batch.size());
            return encoder.encodeEach(batch);
        }

        @Override
        public void close() {}
    }
}
