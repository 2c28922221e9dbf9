package dev.penny.core.understanding;

import java.util.Arrays;
import java.util.Objects;

/**
 * The sentence vector a classifier computed for a visitor's message, kept so that a retriever working in the same
 * vector space ranks FAQ entries without encoding the text a second time (encoding is most of the cost of
 * understanding a message).
 *
 * @param space names what made the vector (the encoder's model name); a retriever uses the vector only when it
 *     encodes with the same one, and encodes the text itself otherwise
 * @param values the vector; not copied, so neither side may change it
 */
public record QuestionVector(String space, float[] values) {

    public QuestionVector {
        if (space == null || space.isBlank()) {
            throw new IllegalArgumentException("a question vector needs the name of its space");
        }
        Objects.requireNonNull(values, "values");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof QuestionVector v && space.equals(v.space) && Arrays.equals(values, v.values);
    }

    @Override
    public int hashCode() {
        return 31 * space.hashCode() + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "QuestionVector[" + space + ", " + values.length + " dimensions]";
    }
}
