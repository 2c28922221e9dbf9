package dev.penny.intents.retriever;

import dev.penny.intents.catalog.Catalog;
import dev.penny.intents.classifier.OperatingPoint;
import dev.penny.intents.classifier.PrecisionThresholds;
import dev.penny.intents.classifier.ScoredAnswer;
import dev.penny.intents.encoder.SentenceEncoder;
import dev.penny.intents.knowledge.Passage;
import dev.penny.intents.knowledge.PassageDocuments;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * The labelled questions a catalog's articles provide about themselves, scored as the bot would answer them without an
 * LLM, from which the passage threshold is chosen as the intent thresholds are ({@link PrecisionThresholds#choose}).
 *
 * <p>The questions are the articles' titles and the headings of their sections, each a question whose answer is its
 * article: a team writes a title or heading as the question the text below answers, and it is the only labelled
 * question an article carries. A heading found in more than one article ("Overview") is no question about one of them
 * and is left out. The passages are ranked without their titles and headings ({@link PassageDocuments#withoutLabel}),
 * else a question would find itself word for word. Each question counts twice, as the evaluation counts a query: as
 * asked, right when the best passage is from its article; and with its article left out of the ranking, where any quote
 * is wrong ({@link #answers}).
 *
 * <p>Titles and headings are shorter and closer to the articles' words than visitors' questions, so the threshold
 * they give is an estimate of the one real questions would give, not the same thing: docs/benchmarks.md measures the
 * gap on labelled sets.
 *
 * <p>A catalog whose intents' answers link to its articles ({@code See [Refunds](https://help.example.com/refunds)})
 * has better questions still: the intents' examples are visitors' phrasings, and an answer that sends the visitor to
 * an article says the article answers them. When at least {@link #MIN_QUESTIONS} such examples exist they are the
 * questions instead ({@link #LINKED_EXAMPLES}), ranked against the passages as the retriever indexes them, titles
 * included (an example is not a title, so it cannot find itself); on the one set measured, their threshold kept the
 * precision asked on real questions, where the titles' did not.
 *
 * @param answers every question as asked and with its article left out, scored and judged
 * @param questions how many questions there were
 * @param source what the questions were: {@link #TITLES} or {@link #LINKED_EXAMPLES}
 */
public record PassageCalibration(List<ScoredAnswer> answers, int questions, String source) {

    /** {@link #source} of the articles' titles and headings. */
    public static final String TITLES = "questions from the articles";

    /** {@link #source} of intent examples whose answers link to an article. */
    public static final String LINKED_EXAMPLES = "intent examples that link to articles";

    /**
     * Fewer questions than this calibrate nothing. Each question gives one answer that may be right; with {@link
     * PrecisionThresholds}' margin, even all of 20 right answers bound precision at 0.95 from below, so a smaller
     * catalog could reach a 0.90 target with a handful of right answers while one more wrong one would move its
     * precision by five points.
     */
    public static final int MIN_QUESTIONS = 20;

    /**
     * At most this many questions are scored (a seeded sample of them): training stays within seconds for catalogs of
     * thousands of articles, and a thousand answers measure precision within about a point.
     */
    static final int MAX_QUESTIONS = 1000;

    private static final long SAMPLE_SEED = 7;

    /** No questions: the policy keeps its configured or default passage threshold. */
    public static final PassageCalibration NONE = new PassageCalibration(List.of(), 0);

    public PassageCalibration {
        answers = List.copyOf(answers);
        source = source == null ? TITLES : source;
    }

    /** Questions from the articles' titles and headings. */
    public PassageCalibration(List<ScoredAnswer> answers, int questions) {
        this(answers, questions, TITLES);
    }

    /** Whether the articles gave enough questions to choose a threshold on ({@link #MIN_QUESTIONS}). */
    public boolean calibrated() {
        return questions >= MIN_QUESTIONS;
    }

    /** The threshold for an answered-precision, if the articles gave enough questions. */
    public Optional<OperatingPoint> at(double targetPrecision) {
        return calibrated() ? Optional.of(PrecisionThresholds.choose(answers, targetPrecision)) : Optional.empty();
    }

    /** Calibrates on the passages a retriever holds, reusing its vectors of the passages' text. */
    public static PassageCalibration of(HybridFaqRetriever retriever, String locale) {
        return of(retriever.passageList(), locale, retriever.index().encoder(), retriever.index());
    }

    /**
     * Calibrates a catalog version's retriever: on the intent examples whose answers link to an article when there are
     * at least {@link #MIN_QUESTIONS}, else on the articles' titles and headings.
     */
    public static PassageCalibration of(HybridFaqRetriever retriever, Catalog catalog) {
        List<Passage> passages = retriever.passageList();
        if (passages.isEmpty()) {
            return NONE;
        }
        List<LinkedExample> linked = sample(LinkedExamples.of(catalog));
        if (linked.size() < MIN_QUESTIONS) {
            return of(retriever, catalog.locale());
        }
        HybridIndex index = retriever.index();
        float[][] vectors =
                index.encoder().encode(linked.stream().map(LinkedExample::text).toList());
        int entries = retriever.size();
        List<List<RankedOwner>> rankings = new ArrayList<>();
        for (int q = 0; q < linked.size(); q++) {
            rankings.add(index.search(linked.get(q).text(), vectors[q], Fusion.DEFAULT, Integer.MAX_VALUE).stream()
                    .filter(r -> r.owner() >= entries)
                    .toList());
        }
        PassageCalibration labelled = ofRankings(
                rankings,
                owner -> passages.get(owner - entries).articleId(),
                linked.stream().map(LinkedExample::articles).toList());
        return new PassageCalibration(labelled.answers(), labelled.questions(), LINKED_EXAMPLES);
    }

    /**
     * @param passages the catalog's article passages
     * @param locale the catalog's locale, for the word analyser
     * @param encoder the encoder the retriever ranks with
     * @param reuse an index whose vectors of the same texts are reused (null for none)
     */
    public static PassageCalibration of(
            List<Passage> passages, String locale, SentenceEncoder encoder, HybridIndex reuse) {
        List<Question> questions = sample(questions(passages));
        Set<String> articles = new HashSet<>();
        passages.forEach(p -> articles.add(p.articleId()));
        // with one article, every question left out has nothing to rank
        if (questions.isEmpty() || articles.size() < 2) {
            return new PassageCalibration(List.of(), articles.size() < 2 ? 0 : questions.size());
        }
        List<SearchDocument> documents = new ArrayList<>();
        for (int p = 0; p < passages.size(); p++) {
            documents.add(PassageDocuments.withoutLabel(passages.get(p), p));
        }
        HybridIndex index = HybridIndex.build(documents, locale, encoder, reuse);
        // each alone, as a visitor's question is encoded, so its scores are the ones a visitor's would get
        float[][] vectors =
                encoder.encodeEach(questions.stream().map(Question::text).toList());
        List<ScoredAnswer> out = new ArrayList<>();
        for (int q = 0; q < questions.size(); q++) {
            List<RankedOwner> ranking =
                    index.search(questions.get(q).text(), vectors[q], Fusion.DEFAULT, passages.size());
            out.addAll(answers(
                    ranking,
                    p -> passages.get(p).articleId(),
                    Set.of(questions.get(q).articleId())));
        }
        return new PassageCalibration(out, questions.size());
    }

    /**
     * One question as the bot would answer it without an LLM, twice: as asked (right when the best passage is from a
     * relevant article) and as a question its articles were never written for (its relevant articles left out of the
     * ranking, so any quote is wrong). Scores are cosine similarities in [0, 1], as the retriever reports them.
     *
     * @param ranking the passages (or articles) ranked for the question, best first
     * @param articleOf the article of an owner in the ranking
     * @param relevant the articles that answer the question
     */
    public static List<ScoredAnswer> answers(
            List<RankedOwner> ranking, IntFunction<String> articleOf, Set<String> relevant) {
        List<ScoredAnswer> out = new ArrayList<>(2);
        if (ranking.isEmpty()) {
            return out;
        }
        RankedOwner top = ranking.get(0);
        out.add(new ScoredAnswer(unit(top.similarity()), relevant.contains(articleOf.apply(top.owner()))));
        ranking.stream()
                .filter(r -> !relevant.contains(articleOf.apply(r.owner())))
                .findFirst()
                .ifPresent(r -> out.add(new ScoredAnswer(unit(r.similarity()), false)));
        return out;
    }

    /** A title or heading, as a question about the article it belongs to. */
    record Question(String text, String articleId) {}

    static List<Question> questions(List<Passage> passages) {
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, Set<String>> headingArticles = new LinkedHashMap<>();
        for (Passage p : passages) {
            titles.putIfAbsent(p.articleId(), p.articleTitle().strip());
            String heading = p.heading().strip();
            if (!heading.isEmpty() && !heading.equals(p.articleTitle().strip())) {
                headingArticles
                        .computeIfAbsent(heading.toLowerCase(Locale.ROOT), h -> new HashSet<>())
                        .add(p.articleId());
            }
        }
        List<Question> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        titles.forEach((article, title) -> {
            if (!title.isEmpty() && seen.add(article + "\n" + title.toLowerCase(Locale.ROOT))) {
                out.add(new Question(title, article));
            }
        });
        Map<String, Boolean> shared = new HashMap<>();
        headingArticles.forEach((heading, ids) -> shared.put(heading, ids.size() > 1));
        for (Passage p : passages) {
            String heading = p.heading().strip();
            String key = heading.toLowerCase(Locale.ROOT);
            if (!heading.isEmpty()
                    && !Boolean.TRUE.equals(shared.get(key))
                    && shared.containsKey(key)
                    && seen.add(p.articleId() + "\n" + key)) {
                out.add(new Question(heading, p.articleId()));
            }
        }
        return out;
    }

    /**
     * Calibrates on labelled questions already ranked (as {@link #answers} reads a ranking), such as intent examples
     * whose answers link to an article, or an evaluation's own labelled questions.
     */
    public static PassageCalibration ofRankings(
            List<List<RankedOwner>> rankings, IntFunction<String> articleOf, List<Set<String>> relevant) {
        List<ScoredAnswer> out = new ArrayList<>();
        for (int q = 0; q < rankings.size(); q++) {
            out.addAll(answers(rankings.get(q), articleOf, relevant.get(q)));
        }
        return new PassageCalibration(out, rankings.size());
    }

    /** At most {@link #MAX_QUESTIONS} of {@code questions}, a sample with a fixed seed when there are more. */
    public static <T> List<T> sample(List<T> questions) {
        if (questions.size() <= MAX_QUESTIONS) {
            return questions;
        }
        List<T> shuffled = new ArrayList<>(questions);
        Collections.shuffle(shuffled, new Random(SAMPLE_SEED));
        return List.copyOf(shuffled.subList(0, MAX_QUESTIONS));
    }

    private static double unit(double similarity) {
        return Double.isNaN(similarity) ? 0.0 : Math.max(0.0, Math.min(1.0, similarity));
    }
}
