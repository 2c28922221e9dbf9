package dev.penny.intents.editing;

import java.util.Objects;

/**
 * Something wrong with an edited intent, pointing at the field to fix, as the editing API reports it.
 *
 * @param field the field as the API names it: {@code id}, {@code title}, {@code answer}, {@code examples}, or an
 *     item such as {@code examples[3]} or {@code followUps[0]} (0-based)
 * @param intentId the id of the intent as edited (may be empty or invalid: that is then the problem)
 * @param message what is wrong, in words an FAQ owner understands
 */
public record FieldProblem(String field, String intentId, String message) {

    public FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(intentId, "intentId");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
