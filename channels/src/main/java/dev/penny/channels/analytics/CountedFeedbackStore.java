package dev.penny.channels.analytics;

import dev.penny.core.analytics.SupportAnalytics;
import dev.penny.core.conversation.ConversationId;
import dev.penny.core.feedback.AnswerFeedback;
import dev.penny.core.feedback.ConversationRating;
import dev.penny.core.feedback.FeedbackCounts;
import dev.penny.core.feedback.FeedbackStore;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A feedback store that also counts feedback for analytics, once stored; a failure to count is only logged. */
final class CountedFeedbackStore implements FeedbackStore {

    private static final Logger log = LoggerFactory.getLogger(CountedFeedbackStore.class);

    private final FeedbackStore store;
    private final Supplier<SupportAnalytics> analytics;

    CountedFeedbackStore(FeedbackStore store, Supplier<SupportAnalytics> analytics) {
        this.store = store;
        this.analytics = analytics;
    }

    @Override
    public Optional<AnswerFeedback> give(AnswerFeedback feedback) {
        Optional<AnswerFeedback> previous = store.give(feedback);
        try {
            analytics.get().onFeedback(previous.orElse(null), feedback);
        } catch (RuntimeException e) {
            log.warn("Could not count feedback for analytics: {}", e.toString());
        }
        return previous;
    }

    @Override
    public List<AnswerFeedback> feedbackOn(ConversationId id) {
        return store.feedbackOn(id);
    }

    @Override
    public Optional<ConversationRating> rate(ConversationRating rating) {
        Optional<ConversationRating> previous = store.rate(rating);
        try {
            analytics.get().onRating(previous.orElse(null), rating);
        } catch (RuntimeException e) {
            log.warn("Could not count a rating for analytics: {}", e.toString());
        }
        return previous;
    }

    @Override
    public Optional<ConversationRating> rating(ConversationId id) {
        return store.rating(id);
    }

    @Override
    public void erase(ConversationId id) {
        store.erase(id);
    }

    @Override
    public FeedbackCounts counts(String catalogVersion) {
        return store.counts(catalogVersion);
    }
}
