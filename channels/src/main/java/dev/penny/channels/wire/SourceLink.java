package dev.penny.channels.wire;

import dev.penny.core.conversation.Turn;
import dev.penny.core.policy.Citation;
import java.util.List;

/**
 * An article passage a bot answer cites, as visitors' channels receive it beside the text: the text cites it as
 * {@code [number]}, and a client shows it as a link to {@code url}.
 *
 * @param number the number the text cites it by, from 1
 * @param title the passage's name ("Returns › Refunds")
 * @param url the article's URL with the passage's anchor; empty when the article has none
 */
public record SourceLink(int number, String title, String url) {

    /** The sources {@code turn} cites, or null when it cites none, so that the field is left out of the JSON. */
    public static List<SourceLink> of(Turn turn) {
        List<Citation> cited =
                turn.decision() == null ? List.of() : turn.decision().sources();
        return cited.isEmpty()
                ? null
                : cited.stream()
                        .map(c -> new SourceLink(c.number(), c.title(), c.url()))
                        .toList();
    }
}
