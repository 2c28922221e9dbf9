package dev.penny.channels.learning;

import dev.penny.core.learning.MissedQuestion;
import dev.penny.intents.learning.NearestIntent;
import dev.penny.intents.learning.Suggestion;
import java.util.List;
import java.util.Locale;

/** A suggestion as {@code docs/catalog-api.md} ("Suggestions from traffic") shows it. */
record SuggestionView(
        String id,
        int count,
        String representative,
        List<QuestionView> questions,
        NearestIntentView nearestIntent,
        String kind,
        List<String> agentAnswers) {

    record QuestionView(String text, String route, String at) {

        static QuestionView of(MissedQuestion question) {
            return new QuestionView(
                    question.text(), question.route().name(), question.at().toString());
        }
    }

    record NearestIntentView(String id, String title, double confidence) {

        static NearestIntentView of(NearestIntent nearest) {
            return nearest == null ? null : new NearestIntentView(nearest.id(), nearest.title(), nearest.confidence());
        }
    }

    static SuggestionView of(Suggestion suggestion) {
        return new SuggestionView(
                suggestion.id(),
                suggestion.count(),
                suggestion.representative(),
                suggestion.questions().stream().map(QuestionView::of).toList(),
                NearestIntentView.of(suggestion.nearestIntent()),
                suggestion.kind().name().toLowerCase(Locale.ROOT),
                suggestion.agentAnswers());
    }
}
