package dev.penny.core.analytics;

import dev.penny.core.conversation.Author;
import dev.penny.core.cost.CostEvent;
import dev.penny.core.cost.CostKind;
import dev.penny.core.events.ConversationClosed;
import dev.penny.core.events.ConversationStarted;
import dev.penny.core.events.HandoffClaimed;
import dev.penny.core.events.HandoffRequested;
import dev.penny.core.events.MessageCreated;
import dev.penny.core.events.SupportEvent;
import dev.penny.core.feedback.AnswerFeedback;
import dev.penny.core.feedback.ConversationRating;
import dev.penny.core.feedback.FeedbackFields;
import dev.penny.core.policy.Decision;
import dev.penny.core.policy.Route;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Turns what happens in conversations into {@link AnalyticsCounters} counts: support events (conversations, messages
 * by route, handoffs, agents joining and closing), recorded costs and visitors' feedback. Events are counted at their
 * own time under the catalog version served when they are counted; costs at the time they are recorded.
 *
 * <p>A failure to count is the caller's to log: counting must never fail an answer that is already stored.
 */
public final class SupportAnalytics {

    private final AnalyticsCounters counters;
    private final Supplier<String> catalogVersion;
    private final Clock clock;

    /**
     * @param catalogVersion the label of the catalog version served now, e.g. {@code v3}
     */
    public SupportAnalytics(AnalyticsCounters counters, Supplier<String> catalogVersion, Clock clock) {
        this.counters = counters;
        this.catalogVersion = catalogVersion;
        this.clock = clock;
    }

    /** Counts one support event. */
    public void onEvent(SupportEvent event) {
        Map<String, Long> deltas = new LinkedHashMap<>();
        if (event instanceof ConversationStarted) {
            deltas.put(Measures.CONVERSATIONS, 1L);
        } else if (event instanceof MessageCreated created) {
            countMessage(created, deltas);
        } else if (event instanceof HandoffRequested) {
            once(event, Measures.HANDED_OFF, deltas);
        } else if (event instanceof HandoffClaimed) {
            once(event, Measures.WITH_PERSON, deltas);
        } else if (event instanceof ConversationClosed) {
            deltas.put(Measures.CLOSED, 1L);
        }
        add(event.at(), deltas);
    }

    /** Counts costs just recorded: money and units by kind, and LLM calls, the visitors' and the editor's apart. */
    public void onCosts(List<CostEvent> costs) {
        Map<String, Long> deltas = new LinkedHashMap<>();
        for (CostEvent cost : costs) {
            deltas.merge(Measures.microDollars(cost.kind()), cost.microDollars(), Long::sum);
            deltas.merge(Measures.units(cost.kind()), cost.units(), Long::sum);
            if (cost.kind() == CostKind.LLM_INPUT_TOKENS) {
                deltas.merge(Measures.LLM_CALLS, 1L, Long::sum);
            } else if (cost.kind() == CostKind.EDITOR_LLM_INPUT_TOKENS) {
                deltas.merge(Measures.EDITOR_LLM_CALLS, 1L, Long::sum);
            }
        }
        add(clock.instant(), deltas);
    }

    /**
     * Counts a thumbs up or down that replaced {@code previous} (null when it is the first on its turn): the earlier
     * one is taken back from the bucket it was counted in, so every bucket holds each visitor's last word.
     */
    public void onFeedback(AnswerFeedback previous, AnswerFeedback given) {
        if (previous != null) {
            FeedbackFields.deltas(null, previous)
                    .forEach((version, fields) -> counters.add(previous.at(), version, negated(fields)));
        }
        FeedbackFields.deltas(null, given).forEach((version, fields) -> counters.add(given.at(), version, fields));
    }

    /** Counts a rating that replaced {@code previous} (null when it is the conversation's first). */
    public void onRating(ConversationRating previous, ConversationRating given) {
        if (previous != null) {
            FeedbackFields.deltas(null, previous)
                    .forEach((version, fields) -> counters.add(previous.at(), version, negated(fields)));
        }
        FeedbackFields.deltas(null, given).forEach((version, fields) -> counters.add(given.at(), version, fields));
    }

    private void once(SupportEvent event, String measure, Map<String, Long> deltas) {
        if (counters.firstTime(event.conversationId(), measure)) {
            deltas.put(measure, 1L);
        }
    }

    private static void countMessage(MessageCreated created, Map<String, Long> deltas) {
        if (created.author() == Author.VISITOR) {
            deltas.put(Measures.VISITOR_MESSAGES, 1L);
        } else if (created.author() == Author.BOT) {
            Decision decision = created.turn().decision();
            deltas.put(Measures.answers(decision.route()), 1L);
            if (decision.route() == Route.FAQ) {
                deltas.put(Measures.intent(decision.intentIds().get(0)), 1L);
            }
        }
    }

    private void add(Instant at, Map<String, Long> deltas) {
        if (!deltas.isEmpty()) {
            counters.add(at, catalogVersion.get(), deltas);
        }
    }

    private static Map<String, Long> negated(Map<String, Long> fields) {
        Map<String, Long> negated = new LinkedHashMap<>();
        fields.forEach((field, delta) -> negated.put(field, -delta));
        return negated;
    }
}
