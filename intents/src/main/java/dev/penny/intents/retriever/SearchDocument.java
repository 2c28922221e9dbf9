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
 * @param encodeAlone whether each meaning is encoded on its own ({@code SentenceEncoder.encodeEach}), so its vector
 *     does not depend on the other texts of a build; false for texts the classifier has just encoded in batches
 *     (an FAQ entry's examples), whose vectors the training cache hands over instead of encoding them all again
 */
public record SearchDocument(int owner, String words, List<String> meanings, boolean encodeAlone) {

    public SearchDocument {
        Objects.requireNonNull(words, "words");
        meanings = List.copyOf(meanings);
        if (owner < 0) {
            throw new IllegalArgumentException("owner must not be negative: " + owner);
        }
    }

    /** A document whose meanings are encoded alone. */
    public SearchDocument(int owner, String words, List<String> meanings) {
        this(owner, words, meanings, true);
    }
}
