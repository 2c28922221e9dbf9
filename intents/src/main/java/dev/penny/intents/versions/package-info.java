/**
 * The catalog's draft and published versions ({@link dev.penny.intents.versions.CatalogStore}), and what changed
 * between two versions ({@link dev.penny.intents.versions.CatalogDiff}).
 */
package dev.penny.intents.versions;
