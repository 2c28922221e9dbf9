package dev.penny.intents.knowledge;

import dev.penny.intents.retriever.SearchDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * How the hybrid index reads a passage: all its words for BM25, and for meaning its label and its text in windows the
 * encoder reads whole (it truncates at 128 tokens, about {@value #WINDOW_WORDS} English words and their punctuation).
 */
public final class PassageDocuments {

    static final int WINDOW_WORDS = 80;

    private PassageDocuments() {}

    /** The search document of {@code passage}, owned by {@code owner}. */
    public static SearchDocument of(Passage passage, int owner) {
        List<String> meanings = new ArrayList<>();
        meanings.add(passage.label());
        meanings.addAll(windows(passage));
        return new SearchDocument(owner, passage.label() + "\n" + passage.text(), meanings);
    }

    /**
     * The passage's text alone, without its title and heading: how passage-threshold calibration indexes passages,
     * so that a title or heading asked as a question does not find itself.
     */
    public static SearchDocument withoutLabel(Passage passage, int owner) {
        return new SearchDocument(owner, passage.text(), windows(passage));
    }

    private static List<String> windows(Passage passage) {
        List<String> meanings = new ArrayList<>();
        String[] words = passage.text().strip().split("\\s+");
        for (int from = 0; from < words.length && !words[from].isEmpty(); from += WINDOW_WORDS) {
            meanings.add(String.join(" ", List.of(words).subList(from, Math.min(words.length, from + WINDOW_WORDS))));
        }
        return meanings;
    }
}
