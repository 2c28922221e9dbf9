package dev.penny.intents.catalog;

import dev.penny.core.understanding.FaqEntry;
import dev.penny.intents.knowledge.Article;
import java.util.List;
import java.util.Optional;

/**
 * The FAQ catalog: every intent Penny can recognise and answer.
 *
 * <p>An intent without a locale of its own takes the catalog's, so {@link Intent#locale()} is never
 * null inside a catalog.
 *
 * @param locale the default locale, {@code "en"} when not given
 * @param intents the intents in file order
 * @param articles the help-center articles published with the intents (a version is both), possibly none
 */
public record Catalog(String locale, List<Intent> intents, List<Article> articles) {

    /** The locale a catalog has when its file names none. */
    public static final String DEFAULT_LOCALE = "en";

    public Catalog {
        locale = locale == null || locale.isBlank() ? DEFAULT_LOCALE : locale.strip();
        String catalogLocale = locale;
        intents = intents == null
                ? List.of()
                : intents.stream().map(i -> i.withDefaultLocale(catalogLocale)).toList();
        articles = articles == null ? List.of() : List.copyOf(articles);
    }

    /** A catalog of intents without articles. */
    public Catalog(String locale, List<Intent> intents) {
        this(locale, intents, List.of());
    }

    /** This catalog with {@code articles} in place of its own. */
    public Catalog withArticles(List<Article> articles) {
        return new Catalog(locale, intents, articles);
    }

    /** The first intent with this id, if any. */
    public Optional<Intent> intent(String id) {
        return intents.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /** The answers as the bot shows them, one per intent, in catalog order. */
    public List<FaqEntry> faqEntries() {
        return intents.stream()
                .map(i -> new FaqEntry(i.id(), i.title(), i.answer(), i.quickReplies()))
                .toList();
    }

    /** Each intent's title labelled with its id: the classifier learns from it as from one more example. */
    public List<LabelledExample> titles() {
        return intents.stream().map(i -> new LabelledExample(i.title(), i.id())).toList();
    }

    /** Every example of every intent, labelled with its intent id, for training a classifier. */
    public List<LabelledExample> trainingExamples() {
        return intents.stream()
                .flatMap(i -> i.examples().stream().map(text -> new LabelledExample(text, i.id())))
                .toList();
    }
}
