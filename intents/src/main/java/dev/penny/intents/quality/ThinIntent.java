package dev.penny.intents.quality;

/**
 * An intent with fewer examples than a classifier needs to learn it well.
 *
 * @param intentId the intent
 * @param examples its distinct examples
 * @param needed how many are recommended
 */
public record ThinIntent(String intentId, int examples, int needed) {}
