package dev.penny.core.engine;

import dev.penny.core.understanding.ArticlePassage;
import dev.penny.core.understanding.ClassifiedQuestion;
import dev.penny.core.understanding.FaqEntry;
import dev.penny.core.understanding.FaqMatch;
import dev.penny.core.understanding.FaqRetriever;
import dev.penny.core.understanding.PassageMatch;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A retriever that ranks every entry it holds at the same given scores for any question. */
final class FakeRetriever implements FaqRetriever {

    private final List<FaqMatch> matches = new ArrayList<>();
    private final List<ClassifiedQuestion> asked = new CopyOnWriteArrayList<>();
    private final List<PassageMatch> passages = new ArrayList<>();

    FakeRetriever matches(FaqEntry entry, double score) {
        matches.add(new FaqMatch(entry, score));
        return this;
    }

    FakeRetriever passage(ArticlePassage passage, double score) {
        passages.add(new PassageMatch(passage, score));
        return this;
    }

    /** The classified questions it was asked about, in order. */
    List<ClassifiedQuestion> asked() {
        return asked;
    }

    @Override
    public List<FaqMatch> retrieve(String question, int limit) {
        return matches.stream().limit(limit).toList();
    }

    @Override
    public List<FaqMatch> retrieve(ClassifiedQuestion question, int limit) {
        asked.add(question);
        return retrieve(question.text(), limit);
    }

    @Override
    public List<PassageMatch> passages(ClassifiedQuestion question, int limit) {
        return passages.stream().limit(limit).toList();
    }
}
