package dev.penny.channels.catalog;

import dev.penny.core.engine.FaqVersion;
import dev.penny.intents.catalog.Catalog;
import dev.penny.intents.understanding.TrainedUnderstanding;

/**
 * A catalog trained and ready to answer from: what a node serves, or what try-it uses for the draft.
 *
 * @param number the published version number, or 0 for the draft
 * @param catalog the catalog it was trained on
 * @param understanding the classifier and retriever trained together
 * @param faq the same with the version's answers and policy settings, as the engine answers from it
 */
public record TrainedVersion(int number, Catalog catalog, TrainedUnderstanding understanding, FaqVersion faq) {}
