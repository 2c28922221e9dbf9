package dev.penny.core.feedback;

import java.util.Map;

/**
 * Feedback counted for one catalog version, each visitor's last word only.
 *
 * @param helpful thumbs up
 * @param unhelpful thumbs down
 * @param unhelpfulByIntent thumbs down on FAQ answers, by intent id (intents with none are absent)
 * @param helpfulByIntent thumbs up on FAQ answers, by intent id
 * @param ratings conversations rated
 * @param ratingSum the sum of their scores
 */
public record FeedbackCounts(
        long helpful,
        long unhelpful,
        Map<String, Long> unhelpfulByIntent,
        Map<String, Long> helpfulByIntent,
        long ratings,
        long ratingSum) {

    public static final FeedbackCounts NONE = new FeedbackCounts(0, 0, Map.of(), Map.of(), 0, 0);

    public FeedbackCounts {
        unhelpfulByIntent = Map.copyOf(unhelpfulByIntent);
        helpfulByIntent = Map.copyOf(helpfulByIntent);
    }

    /** The mean rating, or NaN when none was given. */
    public double meanRating() {
        return ratings == 0 ? Double.NaN : (double) ratingSum / ratings;
    }
}
