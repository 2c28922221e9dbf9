package dev.penny.intents.quality;

import java.util.List;

/**
 * Two intents the classifier mistook for each other, in either direction.
 *
 * @param intentA the first intent, by id order
 * @param intentB the second intent
 * @param count how many examples of one were classified as the other
 * @param examples up to three of those examples
 */
public record ConfusedPair(String intentA, String intentB, int count, List<ConfusedExample> examples) {

    public ConfusedPair {
        examples = List.copyOf(examples);
    }
}
