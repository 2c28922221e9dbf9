/**
 * The rules an owner's edits must follow before they reach the {@link dev.penny.intents.versions.CatalogStore}: one
 * intent checked against the draft ({@link dev.penny.intents.editing.IntentRules}), with problems that name the
 * field, and catalog imports checked whole and within limits ({@link dev.penny.intents.editing.CatalogImport}).
 */
package dev.penny.intents.editing;
