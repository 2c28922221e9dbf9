/**
 * Ports for local understanding: what the visitor meant ({@link dev.penny.core.understanding.IntentClassifier}) and
 * which FAQ entries match ({@link dev.penny.core.understanding.FaqRetriever}), with the values they return.
 */
package dev.penny.core.understanding;
