package dev.penny.intents.retriever;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.intents.catalog.Catalog;
import dev.penny.intents.catalog.Intent;
import dev.penny.intents.classifier.OperatingPoint;
import dev.penny.intents.classifier.ScoredAnswer;
import dev.penny.intents.encoder.SentenceEncoder;
import dev.penny.intents.knowledge.Article;
import dev.penny.intents.knowledge.ArticlePassages;
import dev.penny.intents.knowledge.Passage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PassageCalibrationTest {

    private static final List<Double> PRECISIONS = List.of(0.5, 0.6, 0.7, 0.8);

    @Test
    void a_tiny_help_center_calibrates_a_threshold_that_rises_with_the_precision_asked() {
        PassageCalibration calibration =
                PassageCalibration.of(passages(helpCenter(12)), "en", new WordsEncoder(), null);

        // 12 titles and 24 headings; each counted as asked and with its article left out
        assertThat(calibration.questions()).isEqualTo(36);
        assertThat(calibration.calibrated()).isTrue();
        assertThat(calibration.answers()).hasSize(72);
        List<OperatingPoint> points =
                PRECISIONS.stream().map(p -> calibration.at(p).orElseThrow()).toList();
        assertThat(points).allSatisfy(p -> {
            assertThat(p.heldOutCoverage()).isPositive();
            assertThat(p.threshold()).isBetween(0.0, 1.0);
            assertThat(p.heldOutPrecision()).isGreaterThanOrEqualTo(p.targetPrecision());
        });
        assertThat(points).extracting(OperatingPoint::threshold).isSorted();
        assertThat(points.get(0).threshold())
                .isLessThan(points.get(points.size() - 1).threshold());
    }

    @Test
    void a_question_does_not_find_its_own_words_in_the_passage_it_heads() {
        // the heading's words appear only in the heading: without it, its passage has nothing of the question
        Article article = new Article("a", "Parcels", "https://help.example.com/a", """
                ## Zebra crossing

                Walk on the stripes.

                ## Customs forms

                Business senders attach a declaration.
                """);
        Article other = new Article("b", "Opening hours", "https://help.example.com/b", "We open at nine.");
        List<Passage> passages = passages(List.of(article, other));

        PassageCalibration calibration = PassageCalibration.of(passages, "en", new WordsEncoder(), null);

        assertThat(calibration.questions()).isEqualTo(4);
        assertThat(calibration.calibrated()).isFalse();
        assertThat(calibration.at(0.9)).isEmpty();
        // "Zebra crossing" shares no word with any passage's text once headings are left out
        assertThat(calibration.answers()).extracting(ScoredAnswer::confidence).contains(0.0);
        assertThat(calibration.answers()).extracting(ScoredAnswer::confidence).allMatch(c -> c < 1.0);
    }

    @Test
    void too_few_questions_calibrate_nothing() {
        PassageCalibration calibration = PassageCalibration.of(passages(helpCenter(6)), "en", new WordsEncoder(), null);

        // 6 titles and 12 headings, below the minimum
        assertThat(calibration.questions()).isEqualTo(18).isLessThan(PassageCalibration.MIN_QUESTIONS);
        assertThat(calibration.calibrated()).isFalse();
        assertThat(calibration.at(0.5)).isEmpty();
    }

    @Test
    void a_heading_many_articles_share_is_no_question_about_one_of_them() {
        List<Article> articles = new ArrayList<>();
        for (int a = 0; a < 3; a++) {
            articles.add(new Article(
                    "a" + a, "Title " + a, "", "## Overview\n\nText " + a + "\n\n## Part " + a + "\n\nMore " + a));
        }

        List<PassageCalibration.Question> questions = PassageCalibration.questions(passages(articles));

        assertThat(questions)
                .extracting(PassageCalibration.Question::text)
                .containsExactly("Title 0", "Title 1", "Title 2", "Part 0", "Part 1", "Part 2");
    }

    @Test
    void intent_examples_whose_answers_link_to_an_article_are_the_questions_when_there_are_enough() {
        List<Article> articles = helpCenter(12);
        List<Intent> intents = new ArrayList<>();
        for (int k = 0; k < 12; k++) {
            // anchors and trailing slashes still name the article's page
            intents.add(intent(
                    "about_" + k,
                    List.of("topic" + k + " setup please", "limits on topic" + k),
                    "See [it](" + "https://help.example.com/t" + k + (k % 2 == 0 ? "#topic" + k + "-limits" : "/")
                            + ")."));
        }
        intents.add(intent(
                "elsewhere",
                List.of("what about shipping", "shipping costs"),
                "See " + "<https://shop.example.com/shipping>."));
        intents.add(intent("plain", List.of("hello there", "hi"), "Hello!"));
        Catalog catalog = new Catalog("en", intents, articles);
        HybridFaqRetriever retriever = HybridFaqRetriever.index(catalog, new WordsEncoder(), null);

        PassageCalibration linked = PassageCalibration.of(retriever, catalog);

        assertThat(linked.source()).isEqualTo(PassageCalibration.LINKED_EXAMPLES);
        assertThat(linked.questions()).isEqualTo(24);
        assertThat(linked.answers()).hasSize(48);
        assertThat(linked.at(0.5)).isPresent();

        Catalog fewLinks = new Catalog("en", intents.subList(0, 5), articles);
        PassageCalibration titles =
                PassageCalibration.of(HybridFaqRetriever.index(fewLinks, new WordsEncoder(), null), fewLinks);

        // 10 linked examples are too few: the titles and headings instead
        assertThat(titles.source()).isEqualTo(PassageCalibration.TITLES);
        assertThat(titles.questions()).isEqualTo(36);
    }

    @Test
    void a_catalog_without_articles_has_no_passage_calibration() {
        Catalog catalog = new Catalog("en", List.of(intent("plain", List.of("hello there", "hi"), "Hello!")));

        assertThat(PassageCalibration.of(HybridFaqRetriever.index(catalog, new WordsEncoder(), null), catalog))
                .isEqualTo(PassageCalibration.NONE);
    }

    private static Intent intent(String id, List<String> examples, String answer) {
        return new Intent(id, "", examples, answer, List.of(), List.of(), List.of(), "en");
    }

    @Test
    void one_article_alone_calibrates_nothing() {
        PassageCalibration calibration = PassageCalibration.of(passages(helpCenter(1)), "en", new WordsEncoder(), null);

        assertThat(calibration.calibrated()).isFalse();
        assertThat(calibration.answers()).isEmpty();
    }

    /**
     * Articles about topics {@code k}: the title's words are all in the text of article {@code k} for even {@code k};
     * for odd {@code k} one of them is, the other is the next article's topic word, so some questions rank another
     * article first and the scores spread from sure to unsure.
     */
    private static List<Article> helpCenter(int count) {
        List<Article> out = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            String own = "topic" + k;
            String title = k % 2 == 0 ? own + " basics" + k : own + " topic" + ((k + 1) % count);
            String text = String.format(
                    Locale.ROOT, """
                    ## %s setup

                    %s setup basics%d needs words%d and more%d.

                    ## %s limits

                    %s limits apply%d with rules%d and topic%d.
                    """, own, own, k, k, k, own, own, k, k, k % 3 == 0 ? (k + 2) % count : k);
            out.add(new Article("t" + k, title, "https://help.example.com/t" + k, text));
        }
        return out;
    }

    private static List<Passage> passages(List<Article> articles) {
        List<Passage> out = new ArrayList<>();
        articles.forEach(a -> out.addAll(ArticlePassages.of(a)));
        return out;
    }

    /** Bag of words, hashed into a few hundred dimensions: texts are alike as far as they share words. */
    static final class WordsEncoder implements SentenceEncoder {

        private static final int DIMENSION = 512;

        @Override
        public String name() {
            return "words";
        }

        @Override
        public int dimension() {
            return DIMENSION;
        }

        @Override
        public float[][] encode(List<String> texts) {
            float[][] out = new float[texts.size()][];
            for (int t = 0; t < texts.size(); t++) {
                float[] v = new float[DIMENSION];
                for (String word : texts.get(t).toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
                    if (!word.isEmpty()) {
                        v[Math.floorMod(word.hashCode(), DIMENSION)] += 1;
                    }
                }
                double norm = 0;
                for (float x : v) {
                    norm += x * x;
                }
                for (int i = 0; i < DIMENSION && norm > 0; i++) {
                    v[i] /= (float) Math.sqrt(norm);
                }
                out[t] = v;
            }
            return out;
        }

        @Override
        public void close() {}
    }
}
