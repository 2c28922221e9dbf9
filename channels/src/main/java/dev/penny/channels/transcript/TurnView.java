package dev.penny.channels.transcript;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.penny.core.conversation.Turn;
import dev.penny.core.policy.Citation;
import dev.penny.core.policy.Decision;
import java.util.List;
import java.util.Locale;

/**
 * A turn as agents and reports see it: with the bot's decision (route, reason, intent scores). Visitors never see
 * the decision; their widget gets the visitor protocol's {@code bot.message} instead.
 *
 * @param id the turn's id
 * @param author visitor, bot, agent or system
 * @param source faq, llm, agent or system; absent for visitor turns
 * @param text what was written
 * @param quickReplies replies offered with it
 * @param at when, ISO-8601
 * @param route for bot turns: faq, choice, llm or human
 * @param reason for bot turns: why the bot routed the message so
 * @param scores for bot turns: the classifier's best intents
 * @param sources for bot turns that cite article passages: each with its number, article, title, URL and score
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TurnView(
        String id,
        String author,
        String source,
        String text,
        List<String> quickReplies,
        String at,
        String route,
        String reason,
        List<Score> scores,
        List<Citation> sources) {

    /** One intent's calibrated confidence. */
    public record Score(String intentId, double confidence) {}

    public static TurnView of(Turn turn) {
        Decision decision = turn.decision();
        return new TurnView(
                turn.id().value(),
                lower(turn.author()),
                turn.source() == null ? null : lower(turn.source()),
                turn.text(),
                turn.quickReplies(),
                turn.at().toString(),
                decision == null ? null : lower(decision.route()),
                decision == null ? null : decision.reason(),
                decision == null
                        ? null
                        : decision.scores().stream()
                                .map(s -> new Score(s.intentId(), s.confidence()))
                                .toList(),
                decision == null || decision.sources().isEmpty() ? null : decision.sources());
    }

    public static List<TurnView> of(List<Turn> turns) {
        return turns.stream().map(TurnView::of).toList();
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
