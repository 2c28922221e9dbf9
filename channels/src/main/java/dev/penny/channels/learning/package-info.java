/**
 * Learning from traffic over REST: {@code GET /api/catalog/suggestions} groups the questions the FAQ could not answer
 * and offers them to catalog owners ({@link dev.penny.channels.learning.SuggestionsController}).
 */
package dev.penny.channels.learning;
