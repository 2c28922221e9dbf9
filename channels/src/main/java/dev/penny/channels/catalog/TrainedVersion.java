package dev.penny.channels.catalog;

import dev.penny.core.engine.FaqVersion;
import dev.penny.intents.understanding.CatalogUnderstanding;

/**
 * A catalog trained and ready to answer from: what a node serves, or what try-it uses for the draft.
 *
 * @param number the published version number, or 0 for the draft
 * @param understanding the classifier, retriever and answers trained together
 * @param faq the same with the version's policy settings, as the engine answers from it
 */
public record TrainedVersion(int number, CatalogUnderstanding understanding, FaqVersion faq) {}
