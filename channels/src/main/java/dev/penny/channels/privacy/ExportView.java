package dev.penny.channels.privacy;

import dev.penny.channels.transcript.TurnView;
import dev.penny.core.cost.CostKind;
import dev.penny.core.cost.CostTotals;
import dev.penny.core.privacy.ConversationExport;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A conversation's export as JSON: {@code GET /api/privacy/conversations/{id}}.
 *
 * @param conversationId the conversation
 * @param state bot, waiting_for_agent, with_agent or closed; null once its turns expired
 * @param turns every turn, oldest first, as the transcript API gives them
 * @param costs what it cost
 * @param feedback the visitor's thumbs on bot answers
 * @param rating the visitor's rating, or null
 * @param leftMessages the messages left from it, oldest first
 */
record ExportView(
        String conversationId,
        String state,
        List<TurnView> turns,
        Costs costs,
        List<Thumb> feedback,
        Rating rating,
        List<Left> leftMessages) {

    /**
     * @param spentMicroDollars everything it cost, in micro-dollars
     * @param units units by kind (tokens, seconds, classifications)
     * @param microDollars micro-dollars by kind
     */
    record Costs(long spentMicroDollars, Map<String, Long> units, Map<String, Long> microDollars) {}

    record Thumb(String turnId, boolean helpful, String comment, String at) {}

    record Rating(int score, String comment, String at) {}

    record Left(String email, String text, String at) {}

    static ExportView of(ConversationExport export) {
        return new ExportView(
                export.conversationId().value(),
                export.state().map(s -> s.name().toLowerCase(Locale.ROOT)).orElse(null),
                TurnView.of(export.turns()),
                costs(export.costs()),
                export.feedback().stream()
                        .map(f -> new Thumb(f.turnId().value(), f.helpful(), f.comment(), f.at().toString()))
                        .toList(),
                export.rating()
                        .map(r -> new Rating(r.score(), r.comment(), r.at().toString()))
                        .orElse(null),
                export.leftMessages().stream()
                        .map(m -> new Left(m.email(), m.text(), m.at().toString()))
                        .toList());
    }

    private static Costs costs(CostTotals totals) {
        Map<String, Long> units = new TreeMap<>();
        Map<String, Long> microDollars = new TreeMap<>();
        for (CostKind kind : CostKind.values()) {
            if (totals.units().containsKey(kind) || totals.microDollars().containsKey(kind)) {
                units.put(kind.name().toLowerCase(Locale.ROOT), totals.units(kind));
                microDollars.put(kind.name().toLowerCase(Locale.ROOT), totals.microDollars(kind));
            }
        }
        return new Costs(totals.spentMicroDollars(), units, microDollars);
    }
}
