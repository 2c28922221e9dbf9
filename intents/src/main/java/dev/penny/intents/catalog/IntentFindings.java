package dev.penny.intents.catalog;

/**
 * Where {@link IntentChecks} report what they find, so the same rules can speak of file lines (the validator) or of
 * fields of an intent being edited (the editor). Intents are named by their position in the list being checked, items
 * by their position in the field's list.
 */
public interface IntentFindings {

    /** A problem that makes the catalog unusable; {@code item} is -1 when it concerns the whole field. */
    void error(int intent, String field, int item, String message);

    /** A problem worth telling the editor about that does not stop the catalog; {@code item} as for errors. */
    void warning(int intent, String field, int item, String message);

    /** How a message names another occurrence, e.g. {@code "line 12"}; {@code item} -1 means the field itself. */
    String where(int intent, String field, int item);
}
