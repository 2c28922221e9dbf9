package dev.penny.intents.learning;

/**
 * The intent of the live catalog closest to a group of missed questions.
 *
 * @param id the intent id
 * @param title its title, or the id when the live answers have no entry for it
 * @param confidence the live classifier's confidence for the group's representative question
 */
public record NearestIntent(String id, String title, double confidence) {}
