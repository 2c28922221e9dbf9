package dev.penny.channels.learning;

import dev.penny.channels.config.LearningProperties;
import dev.penny.channels.web.ApiProblem;
import dev.penny.channels.wire.ErrorCode;
import dev.penny.core.conversation.ConversationId;
import dev.penny.core.engine.FaqVersion;
import dev.penny.core.engine.LiveFaq;
import dev.penny.core.learning.MissedQuestion;
import dev.penny.core.learning.MissedQuestions;
import dev.penny.intents.learning.CatalogSuggestions;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/catalog/suggestions}: the newest questions the FAQ could not answer, grouped, each group with the
 * live intent nearest to it and what agents replied. Computed on each request against the live FAQ version, so once
 * an owner publishes a new intent from a group, the next call finds that group near it.
 */
@RestController
class SuggestionsController {

    private static final Logger log = LoggerFactory.getLogger(SuggestionsController.class);

    private final MissedQuestions missed;
    private final LiveFaq live;
    private final CatalogSuggestions suggestions;
    private final int questionsGrouped;

    SuggestionsController(
            MissedQuestions missed, LiveFaq live, CatalogSuggestions suggestions, LearningProperties learning) {
        this.missed = missed;
        this.live = live;
        this.suggestions = suggestions;
        this.questionsGrouped = learning.questionsGrouped();
    }

    @GetMapping("/api/catalog/suggestions")
    List<SuggestionView> suggestions() {
        List<MissedQuestion> questions = missed.recent(questionsGrouped);
        Set<ConversationId> conversations = new LinkedHashSet<>();
        questions.forEach(q -> conversations.add(q.conversationId()));
        FaqVersion version = live.current();
        return suggestions
                .suggest(questions, missed.agentAnswers(conversations), version.classifier(), version.answers())
                .stream()
                .map(SuggestionView::of)
                .toList();
    }

    @ExceptionHandler(DataAccessException.class)
    ResponseEntity<Map<String, Object>> storeUnavailable(DataAccessException e) {
        log.warn("Suggestions from traffic: the store did not answer: {}", e.toString());
        return new ApiProblem(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        ErrorCode.STORE_UNAVAILABLE,
                        "the store of missed questions did not answer")
                .response();
    }
}
