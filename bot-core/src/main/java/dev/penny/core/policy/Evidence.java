package dev.penny.core.policy;

import dev.penny.core.understanding.FaqMatch;
import dev.penny.core.understanding.IntentPrediction;
import dev.penny.core.understanding.PassageMatch;
import java.util.List;
import java.util.Objects;

/**
 * What Penny knows about one visitor message when deciding who answers it.
 *
 * @param visitorText the message as the visitor wrote it
 * @param prediction what the intent classifier made of it
 * @param matches the best FAQ matches for it, best first (possibly empty)
 * @param passages the best article passages for it, best first (possibly empty)
 */
public record Evidence(
        String visitorText, IntentPrediction prediction, List<FaqMatch> matches, List<PassageMatch> passages) {

    /** Evidence without article passages. */
    public Evidence(String visitorText, IntentPrediction prediction, List<FaqMatch> matches) {
        this(visitorText, prediction, matches, List.of());
    }

    public Evidence {
        Objects.requireNonNull(visitorText, "visitorText");
        Objects.requireNonNull(prediction, "prediction");
        matches = List.copyOf(matches);
        passages = passages == null ? List.of() : List.copyOf(passages);
    }
}
