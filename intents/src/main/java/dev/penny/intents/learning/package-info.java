/**
 * Learning from traffic: groups the questions the FAQ could not answer by meaning and suggests them to catalog owners
 * as new examples of an existing intent or as new intents ({@link dev.penny.intents.learning.CatalogSuggestions}).
 */
package dev.penny.intents.learning;
