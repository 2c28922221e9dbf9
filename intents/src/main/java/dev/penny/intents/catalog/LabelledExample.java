package dev.penny.intents.catalog;

/**
 * A visitor phrasing with the intent it expresses: one training or evaluation row.
 *
 * @param text what the visitor wrote, as given
 * @param intentId the intent it belongs to; datasets may use {@code oos} for out-of-scope rows
 */
public record LabelledExample(String text, String intentId) {}
