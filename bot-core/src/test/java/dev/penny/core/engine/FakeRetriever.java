package dev.penny.core.engine;

import dev.penny.core.understanding.FaqEntry;
import dev.penny.core.understanding.FaqMatch;
import dev.penny.core.understanding.FaqRetriever;
import java.util.ArrayList;
import java.util.List;

/** A retriever that ranks every entry it holds at the same given scores for any question. */
final class FakeRetriever implements FaqRetriever {

    private final List<FaqMatch> matches = new ArrayList<>();

    FakeRetriever matches(FaqEntry entry, double score) {
        matches.add(new FaqMatch(entry, score));
        return this;
    }

    @Override
    public List<FaqMatch> retrieve(String question, int limit) {
        return matches.stream().limit(limit).toList();
    }
}
