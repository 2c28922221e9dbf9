/**
 * How good and how costly a draft catalog would be before it goes live ({@link
 * dev.penny.intents.quality.CatalogQuality}): cross-validated accuracy on its own examples, the intents it confuses,
 * the intents with too few examples, and the trade-off between answering more questions from the FAQ and answering
 * them right, priced per 1,000 conversations.
 */
package dev.penny.intents.quality;
