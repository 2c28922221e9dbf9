package dev.penny.core.feedback;

import dev.penny.core.conversation.ConversationId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link FeedbackStore} in this process; a conversation's feedback expires {@code ttl} after its last write. */
public final class InMemoryFeedbackStore implements FeedbackStore {

    private final Clock clock;
    private final Duration ttl;
    private final Map<ConversationId, Kept> conversations = new HashMap<>();
    private final Map<String, Map<String, Long>> counts = new HashMap<>();

    private record Kept(Map<String, AnswerFeedback> answers, ConversationRating rating, Instant expires) {}

    public InMemoryFeedbackStore(Clock clock, Duration ttl) {
        this.clock = clock;
        this.ttl = ttl;
    }

    @Override
    public synchronized Optional<AnswerFeedback> give(AnswerFeedback feedback) {
        Kept kept = kept(feedback.conversationId());
        Map<String, AnswerFeedback> answers = new LinkedHashMap<>(kept.answers());
        AnswerFeedback previous = answers.put(feedback.turnId().value(), feedback);
        conversations.put(
                feedback.conversationId(),
                new Kept(answers, kept.rating(), clock.instant().plus(ttl)));
        count(FeedbackFields.deltas(previous, feedback));
        return Optional.ofNullable(previous);
    }

    @Override
    public synchronized List<AnswerFeedback> feedbackOn(ConversationId id) {
        return List.copyOf(kept(id).answers().values());
    }

    @Override
    public synchronized Optional<ConversationRating> rate(ConversationRating rating) {
        Kept kept = kept(rating.conversationId());
        conversations.put(
                rating.conversationId(),
                new Kept(kept.answers(), rating, clock.instant().plus(ttl)));
        count(FeedbackFields.deltas(kept.rating(), rating));
        return Optional.ofNullable(kept.rating());
    }

    @Override
    public synchronized Optional<ConversationRating> rating(ConversationId id) {
        return Optional.ofNullable(kept(id).rating());
    }

    @Override
    public synchronized void erase(ConversationId id) {
        conversations.remove(id);
    }

    @Override
    public synchronized FeedbackCounts counts(String catalogVersion) {
        Map<String, Long> fields = counts.get(catalogVersion);
        return fields == null ? FeedbackCounts.NONE : FeedbackFields.counts(fields);
    }

    private Kept kept(ConversationId id) {
        Kept kept = conversations.get(id);
        if (kept == null || !clock.instant().isBefore(kept.expires())) {
            return new Kept(Map.of(), null, Instant.MAX);
        }
        return kept;
    }

    private void count(Map<String, Map<String, Long>> deltas) {
        deltas.forEach((version, fields) -> fields.forEach((field, delta) ->
                counts.computeIfAbsent(version, v -> new HashMap<>()).merge(field, delta, Long::sum)));
    }
}
