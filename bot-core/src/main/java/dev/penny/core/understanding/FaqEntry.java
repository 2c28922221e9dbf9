package dev.penny.core.understanding;

import java.util.List;

/**
 * An answer the FAQ can give, as the bot shows it.
 *
 * @param intentId the catalog intent this entry answers
 * @param title a short question-like title ("Card arrival"), used for "did you mean" choices
 * @param answer the answer text; links are written as Markdown {@code [label](https://…)} and rendered as elements
 * @param quickReplies suggested next messages for the visitor, possibly empty
 */
public record FaqEntry(String intentId, String title, String answer, List<String> quickReplies) {

    public FaqEntry {
        quickReplies = quickReplies == null ? List.of() : List.copyOf(quickReplies);
    }
}
