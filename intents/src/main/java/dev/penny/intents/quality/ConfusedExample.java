package dev.penny.intents.quality;

/**
 * An example the classifier got wrong in cross-validation.
 *
 * @param text the example
 * @param expected the intent it is listed under
 * @param predicted the intent the classifier chose
 */
public record ConfusedExample(String text, String expected, String predicted) {}
