package dev.penny.intents.retriever;

import java.util.List;
import java.util.Objects;

/**
 * One thing the hybrid index ranks: an FAQ entry or one passage of an article, as the index reads it.
 *
 * @param owner the index of the answerable item it belongs to (an FAQ entry, an article passage); several documents
 *     may share an owner, which then ranks by its best document
 * @param words the text matched word for word (BM25): everything a visitor's words could hit
 * @param meanings the texts encoded one vector each (title, examples, body); the owner's similarity is its best
 */
public record SearchDocument(int owner, String words, List<String> meanings) {

    public SearchDocument {
        Objects.requireNonNull(words, "words");
        meanings = List.copyOf(meanings);
        if (owner < 0) {
            throw new IllegalArgumentException("owner must not be negative: " + owner);
        }
    }
}
