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
 * @param sources the article passages the answer rests on, numbered as its text cites them: the one quoted for {@link
 *     Route#ARTICLE}, those an LLM answer cites for {@link Route#LLM}, none otherwise
 */
public record Decision(
        Route route, String reason, List<IntentScore> scores, List<String> intentIds, List<Citation> sources) {

    /** A decision that rests on no article passage. */
    public Decision(Route route, String reason, List<IntentScore> scores, List<String> intentIds) {
        this(route, reason, scores, intentIds, List.of());
    }

    public Decision {
        Objects.requireNonNull(route, "route");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a decision needs a reason");
        }
        scores = List.copyOf(scores);
        intentIds = List.copyOf(intentIds);
        // stored before sources existed: none
        sources = sources == null ? List.of() : List.copyOf(sources);
        int expected = route == Route.FAQ ? 1 : route == Route.CHOICE ? 2 : 0;
        if (route == Route.CHOICE ? intentIds.size() < expected : intentIds.size() != expected) {
            throw new IllegalArgumentException(route + " decision with intents " + intentIds);
        }
        if (route == Route.ARTICLE && sources.size() != 1) {
            throw new IllegalArgumentException("an ARTICLE decision quotes one passage, not " + sources.size());
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

    /** This decision with the passages its answer cites. */
    public Decision withSources(List<Citation> cited) {
        return new Decision(route, reason, scores, intentIds, cited);
    }
}
