package dev.penny.intents.understanding;

import dev.penny.intents.catalog.Catalog;

/**
 * Turns a catalog version into what the bot understands visitors with: an intent classifier and a FAQ retriever.
 * Penny's own trains a classifier head on a local sentence encoder; a team with its own language understanding
 * implements this to serve theirs instead. Called for every version a node serves and for the draft the editor tries,
 * so it may be called concurrently, and should take seconds rather than minutes.
 */
@FunctionalInterface
public interface UnderstandingTrainer {

    /**
     * @param catalog the catalog version: its intents, training examples and answers
     * @return the classifier and retriever for exactly this catalog's intents
     * @throws RuntimeException when the catalog cannot be trained; the version is then refused and not served
     */
    TrainedUnderstanding train(Catalog catalog);
}
