package dev.penny.core.understanding;

import java.util.List;
import java.util.Optional;

/**
 * What a classifier made of one message: intents ranked best first, and whether the message is outside everything
 * the catalog covers.
 *
 * @param ranked intents with confidence, best first; may be shorter than the catalog
 * @param outOfScope true when the classifier judges that no intent of the catalog fits the text
 */
public record IntentPrediction(List<IntentScore> ranked, boolean outOfScope) {

    public IntentPrediction {
        ranked = List.copyOf(ranked);
        for (int i = 1; i < ranked.size(); i++) {
            if (ranked.get(i).confidence() > ranked.get(i - 1).confidence()) {
                throw new IllegalArgumentException("ranked intents must be sorted best first");
            }
        }
    }

    /** The best intent, if the classifier knows any intent at all. */
    public Optional<IntentScore> top() {
        return ranked.isEmpty() ? Optional.empty() : Optional.of(ranked.get(0));
    }

    /** Confidence of the best intent, 0 when there is none. */
    public double topConfidence() {
        return ranked.isEmpty() ? 0.0 : ranked.get(0).confidence();
    }

    /** Confidence gap between the best and the second intent: small means the visitor could have meant either. */
    public double margin() {
        if (ranked.isEmpty()) {
            return 0.0;
        }
        double second = ranked.size() > 1 ? ranked.get(1).confidence() : 0.0;
        return ranked.get(0).confidence() - second;
    }
}
