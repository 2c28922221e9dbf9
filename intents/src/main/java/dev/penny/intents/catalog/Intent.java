package dev.penny.intents.catalog;

import java.util.List;

/**
 * One thing a visitor may want, with the phrasings that express it and the answer Penny gives.
 *
 * <p>Values are normalised so that a catalog read back from its own YAML equals the original: text is
 * stripped, null lists become empty, and a missing title becomes the humanised id ({@code card_arrival}
 * becomes "Card arrival"). A null id or answer becomes empty text, which {@link CatalogValidator}
 * reports.
 *
 * @param id unique key, {@code [a-z0-9_.-]+}
 * @param title short question-like title shown in "did you mean" choices
 * @param examples visitor phrasings the classifier learns from
 * @param answer the answer text; links as Markdown {@code [label](https://…)}
 * @param quickReplies suggested next messages for the visitor
 * @param followUps ids of intents that naturally come next
 * @param tags free labels for editors and reports
 * @param locale the intent's locale, or null to take the catalog's
 */
public record Intent(
        String id,
        String title,
        List<String> examples,
        String answer,
        List<String> quickReplies,
        List<String> followUps,
        List<String> tags,
        String locale) {

    public Intent {
        id = text(id);
        title = text(title).isEmpty() ? IntentTitles.humanise(id) : text(title);
        examples = texts(examples);
        answer = text(answer);
        quickReplies = texts(quickReplies);
        followUps = texts(followUps);
        tags = texts(tags);
        locale = locale == null || locale.isBlank() ? null : locale.strip();
    }

    Intent withDefaultLocale(String catalogLocale) {
        return locale != null
                ? this
                : new Intent(id, title, examples, answer, quickReplies, followUps, tags, catalogLocale);
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static List<String> texts(List<String> values) {
        return values == null ? List.of() : values.stream().map(Intent::text).toList();
    }
}
