package dev.penny.core.policy;

import dev.penny.core.understanding.FaqMatch;
import dev.penny.core.understanding.IntentPrediction;
import java.util.List;
import java.util.Objects;

/**
 * What Penny knows about one visitor message when deciding who answers it.
 *
 * @param visitorText the message as the visitor wrote it
 * @param prediction what the intent classifier made of it
 * @param matches the best FAQ matches for it, best first (possibly empty)
 */
public record Evidence(String visitorText, IntentPrediction prediction, List<FaqMatch> matches) {

    public Evidence {
        Objects.requireNonNull(visitorText, "visitorText");
        Objects.requireNonNull(prediction, "prediction");
        matches = List.copyOf(matches);
    }
}
