package dev.penny.channels.analytics;

import dev.penny.channels.analytics.AnalyticsReport.MissedGroup;
import dev.penny.channels.config.LearningProperties;
import dev.penny.core.conversation.ConversationId;
import dev.penny.core.engine.FaqVersion;
import dev.penny.core.engine.LiveFaq;
import dev.penny.core.learning.MissedQuestion;
import dev.penny.core.learning.MissedQuestions;
import dev.penny.intents.learning.CatalogSuggestions;
import dev.penny.intents.learning.NearestIntent;
import dev.penny.intents.learning.Suggestion;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The largest groups of recent missed questions, grouped as the editor's Suggestions tab groups them. */
final class MissedGroups {

    static final int TOP = 5;

    private final MissedQuestions missed;
    private final LiveFaq live;
    private final CatalogSuggestions suggestions;
    private final int questionsGrouped;

    MissedGroups(MissedQuestions missed, LiveFaq live, CatalogSuggestions suggestions, LearningProperties learning) {
        this.missed = missed;
        this.live = live;
        this.suggestions = suggestions;
        this.questionsGrouped = learning.questionsGrouped();
    }

    List<MissedGroup> largest() {
        List<MissedQuestion> questions = missed.recent(questionsGrouped);
        if (questions.isEmpty()) {
            return List.of();
        }
        Set<ConversationId> conversations = new LinkedHashSet<>();
        questions.forEach(q -> conversations.add(q.conversationId()));
        FaqVersion version = live.current();
        return suggestions
                .suggest(questions, missed.agentAnswers(conversations), version.classifier(), version.answers())
                .stream()
                .sorted(Comparator.comparingInt(Suggestion::count).reversed())
                .limit(TOP)
                .map(s -> new MissedGroup(
                        s.representative(),
                        s.count(),
                        s.kind().name().toLowerCase(Locale.ROOT),
                        s.nearest().map(NearestIntent::id).orElse(null)))
                .toList();
    }
}
