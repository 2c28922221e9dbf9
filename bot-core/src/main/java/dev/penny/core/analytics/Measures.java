package dev.penny.core.analytics;

import dev.penny.core.cost.CostKind;
import dev.penny.core.policy.Route;
import java.util.Locale;

/**
 * The names of what {@link SupportAnalytics} counts, as kept in a bucket. Feedback measures are the names {@link
 * dev.penny.core.feedback.FeedbackFields} gives them ({@code helpful}, {@code unhelpful}, {@code unhelpful:<intent>},
 * {@code ratings}, {@code rating-sum}).
 */
public final class Measures {

    /** Conversations started. */
    public static final String CONVERSATIONS = "conversations";
    /** Messages visitors wrote. */
    public static final String VISITOR_MESSAGES = "visitor-messages";
    /** Conversations handed to the agents' queue, each counted once. */
    public static final String HANDED_OFF = "handed-off";
    /** Conversations an agent took part in (claimed), each counted once. */
    public static final String WITH_PERSON = "with-person";
    /** Conversations an agent closed. */
    public static final String CLOSED = "closed";
    /** LLM calls billed (each records its prompt tokens once). */
    public static final String LLM_CALLS = "llm-calls";
    /** The editor's LLM calls (suggested examples) billed, outside any conversation. */
    public static final String EDITOR_LLM_CALLS = "editor-llm-calls";
    /** Thumbs up. */
    public static final String HELPFUL = "helpful";
    /** Thumbs down. */
    public static final String UNHELPFUL = "unhelpful";
    /** Conversations rated. */
    public static final String RATINGS = "ratings";
    /** The sum of their ratings. */
    public static final String RATING_SUM = "rating-sum";

    private Measures() {}

    /** Bot answers that took {@code route}, e.g. {@code answers:faq}. */
    public static String answers(Route route) {
        return "answers:" + route.name().toLowerCase(Locale.ROOT);
    }

    /** FAQ answers with one intent, e.g. {@code intent:card_arrival}. */
    public static String intent(String intentId) {
        return "intent:" + intentId;
    }

    /** Thumbs down on FAQ answers with one intent. */
    public static String unhelpful(String intentId) {
        return UNHELPFUL + ":" + intentId;
    }

    /** True for the measures counted per intent: FAQ answers and thumbs by intent. */
    public static boolean perIntent(String measure) {
        return measure.startsWith("intent:")
                || measure.startsWith(HELPFUL + ":")
                || measure.startsWith(UNHELPFUL + ":");
    }

    /** What a kind of cost came to, in micro-dollars, e.g. {@code micro-usd:llm_input_tokens}. */
    public static String microDollars(CostKind kind) {
        return "micro-usd:" + kind.name().toLowerCase(Locale.ROOT);
    }

    /** The units of a kind of cost (tokens, messages, seconds), e.g. {@code units:agent_seconds}. */
    public static String units(CostKind kind) {
        return "units:" + kind.name().toLowerCase(Locale.ROOT);
    }
}
