package dev.penny.intents.versions;

import java.util.List;

/**
 * How one intent changed between two versions.
 *
 * @param intentId the intent
 * @param changedFields the names of the intent's fields whose values differ ({@code title}, {@code answer},
 *     {@code quickReplies}, {@code followUps}, {@code tags}, {@code locale}; {@code examples} when examples were added
 *     or removed), in that order
 * @param examplesAdded examples only in the newer version, in its order
 * @param examplesRemoved examples only in the older version, in its order
 * @param answerBefore the older answer
 * @param answerAfter the newer answer
 */
public record IntentChange(
        String intentId,
        List<String> changedFields,
        List<String> examplesAdded,
        List<String> examplesRemoved,
        String answerBefore,
        String answerAfter) {

    public IntentChange {
        changedFields = List.copyOf(changedFields);
        examplesAdded = List.copyOf(examplesAdded);
        examplesRemoved = List.copyOf(examplesRemoved);
    }
}
