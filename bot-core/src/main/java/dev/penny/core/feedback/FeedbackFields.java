package dev.penny.core.feedback;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Feedback counts as named integer fields, the shape a store keeps them in (a Redis hash per catalog version): {@code
 * helpful}, {@code unhelpful}, {@code helpful:<intent>}, {@code unhelpful:<intent>}, {@code ratings}, {@code
 * rating-sum}. Replacing feedback is a set of deltas on these fields, so stores only ever increment.
 */
public final class FeedbackFields {

    private FeedbackFields() {}

    /** The field deltas that replace {@code previous} (or nothing) with {@code next}, by catalog version. */
    public static Map<String, Map<String, Long>> deltas(AnswerFeedback previous, AnswerFeedback next) {
        Map<String, Map<String, Long>> deltas = new LinkedHashMap<>();
        if (previous != null) {
            add(deltas, previous, -1);
        }
        add(deltas, next, 1);
        deltas.values().forEach(fields -> fields.values().removeIf(delta -> delta == 0));
        deltas.values().removeIf(Map::isEmpty);
        return deltas;
    }

    /** The same for ratings. */
    public static Map<String, Map<String, Long>> deltas(ConversationRating previous, ConversationRating next) {
        Map<String, Map<String, Long>> deltas = new LinkedHashMap<>();
        if (previous != null) {
            Map<String, Long> fields = deltas.computeIfAbsent(previous.catalogVersion(), v -> new LinkedHashMap<>());
            fields.merge("ratings", -1L, Long::sum);
            fields.merge("rating-sum", (long) -previous.score(), Long::sum);
        }
        Map<String, Long> fields = deltas.computeIfAbsent(next.catalogVersion(), v -> new LinkedHashMap<>());
        fields.merge("ratings", 1L, Long::sum);
        fields.merge("rating-sum", (long) next.score(), Long::sum);
        deltas.values().forEach(f -> f.values().removeIf(delta -> delta == 0));
        deltas.values().removeIf(Map::isEmpty);
        return deltas;
    }

    /** Counts read back from the fields. */
    public static FeedbackCounts counts(Map<String, Long> fields) {
        Map<String, Long> helpful = new HashMap<>();
        Map<String, Long> unhelpful = new HashMap<>();
        fields.forEach((field, value) -> {
            if (value != 0 && field.startsWith("helpful:")) {
                helpful.put(field.substring("helpful:".length()), value);
            } else if (value != 0 && field.startsWith("unhelpful:")) {
                unhelpful.put(field.substring("unhelpful:".length()), value);
            }
        });
        return new FeedbackCounts(
                fields.getOrDefault("helpful", 0L),
                fields.getOrDefault("unhelpful", 0L),
                unhelpful,
                helpful,
                fields.getOrDefault("ratings", 0L),
                fields.getOrDefault("rating-sum", 0L));
    }

    private static void add(Map<String, Map<String, Long>> deltas, AnswerFeedback feedback, long sign) {
        Map<String, Long> fields = deltas.computeIfAbsent(feedback.catalogVersion(), v -> new LinkedHashMap<>());
        String thumb = feedback.helpful() ? "helpful" : "unhelpful";
        fields.merge(thumb, sign, Long::sum);
        if (!feedback.intentId().isEmpty()) {
            fields.merge(thumb + ":" + feedback.intentId(), sign, Long::sum);
        }
    }
}
