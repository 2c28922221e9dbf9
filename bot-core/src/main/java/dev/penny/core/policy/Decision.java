package dev.penny.core.policy;

import dev.penny.core.understanding.IntentScore;
import java.util.List;
import java.util.Objects;

/**
 * What the escalation policy decided for one visitor message, and why.
 *
 * <p>Stored with the bot turn it produced, so the agent console and the logs can show the reason next to the answer.
 *
 * @param route who answers
 * @param reason a sentence for people: the thresholds and scores that led here
 * @param scores the best few intent scores the classifier gave, best first (possibly empty)
 * @param intentIds the intents acted on: one for {@link Route#FAQ}, those offered for {@link Route#CHOICE}, none
 *     otherwise
 */
public record Decision(Route route, String reason, List<IntentScore> scores, List<String> intentIds) {

    public Decision {
        Objects.requireNonNull(route, "route");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a decision needs a reason");
        }
        scores = List.copyOf(scores);
        intentIds = List.copyOf(intentIds);
        int expected = route == Route.FAQ ? 1 : route == Route.CHOICE ? 2 : 0;
        if (route == Route.CHOICE ? intentIds.size() < expected : intentIds.size() != expected) {
            throw new IllegalArgumentException(route + " decision with intents " + intentIds);
        }
    }

    /** A handoff decided without an earlier decision to build on, e.g. when understanding failed. */
    public static Decision human(String reason, List<IntentScore> scores) {
        return new Decision(Route.HUMAN, reason, scores, List.of());
    }

    /**
     * This decision turned into a handoff because its route could not be followed (the LLM failed, the budget is
     * spent); the reason keeps both parts.
     */
    public Decision escalatedToHuman(String why) {
        return new Decision(Route.HUMAN, reason + "; " + why + ", so handing off to a person", scores, List.of());
    }
}
