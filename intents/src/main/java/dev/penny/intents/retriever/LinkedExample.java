package dev.penny.intents.retriever;

import java.util.Set;

/**
 * An intent example asked as a question about the articles its intent's answer links to.
 *
 * @param text the example
 * @param articles the ids of the linked articles
 */
record LinkedExample(String text, Set<String> articles) {}
