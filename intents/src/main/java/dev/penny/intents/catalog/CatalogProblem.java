package dev.penny.intents.catalog;

/**
 * Something wrong with a catalog, located so an editor can find and fix it.
 *
 * <p>{@link #toString()} reads like a compiler message: {@code faq.yml:12 [card_arrival] answer is empty}.
 *
 * @param severity whether the catalog can still be used
 * @param source the file or source name, or null when the catalog did not come from a file
 * @param line the 1-based line, or 0 when unknown
 * @param intentId the intent concerned, or null when the problem is not about one intent
 * @param message what is wrong, in words an FAQ editor understands
 */
public record CatalogProblem(Severity severity, String source, int line, String intentId, String message) {

    /** How much a problem matters. */
    public enum Severity {
        /** The catalog must not be used until this is fixed. */
        ERROR,
        /** The catalog works, but probably not as the editor meant. */
        WARNING
    }

    public static CatalogProblem error(String source, int line, String intentId, String message) {
        return new CatalogProblem(Severity.ERROR, source, line, intentId, message);
    }

    public static CatalogProblem warning(String source, int line, String intentId, String message) {
        return new CatalogProblem(Severity.WARNING, source, line, intentId, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        if (source != null) {
            text.append(source);
        }
        if (line > 0) {
            text.append(source == null ? "line " : ":").append(line);
        }
        if (intentId != null && !intentId.isEmpty()) {
            text.append(text.length() > 0 ? " " : "")
                    .append('[')
                    .append(intentId)
                    .append(']');
        }
        text.append(text.length() > 0 ? " " : "");
        if (severity == Severity.WARNING) {
            text.append("warning: ");
        }
        return text.append(message).toString();
    }
}
