/**
 * Ports for local understanding: what the visitor meant ({@link dev.penny.core.understanding.IntentClassifier}) and
 * which FAQ entries match ({@link dev.penny.core.understanding.FaqRetriever}), the answer for an intent
 * ({@link dev.penny.core.understanding.FaqAnswers}), with the values they return.
 */
package dev.penny.core.understanding;
