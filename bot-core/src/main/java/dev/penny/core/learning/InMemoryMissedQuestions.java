package dev.penny.core.learning;

import dev.penny.core.conversation.ConversationId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The missed questions Penny keeps when no Redis is configured; lost on restart. One lock guards everything: writes
 * happen only for questions the FAQ could not answer and for agent replies, a small share of traffic.
 */
public final class InMemoryMissedQuestions implements MissedQuestions {

    private final Clock clock;
    private final MissedQuestionLimits limits;
    private final ArrayDeque<MissedQuestion> questions = new ArrayDeque<>(); // oldest first
    private final Map<ConversationId, Integer> questionsKept = new HashMap<>();
    private final Map<ConversationId, List<AgentAnswer>> answers = new HashMap<>();

    public InMemoryMissedQuestions(Clock clock, MissedQuestionLimits limits) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    @Override
    public synchronized void record(MissedQuestion question) {
        forgetExpired();
        questions.addLast(question);
        questionsKept.merge(question.conversationId(), 1, Integer::sum);
        while (questions.size() > limits.maxQuestions()) {
            forget(questions.removeFirst());
        }
    }

    @Override
    public synchronized boolean agentAnswered(AgentAnswer answer) {
        forgetExpired();
        if (!questionsKept.containsKey(answer.conversationId())) {
            return false;
        }
        List<AgentAnswer> kept = answers.computeIfAbsent(answer.conversationId(), id -> new ArrayList<>());
        kept.removeIf(this::expired);
        if (kept.size() >= limits.maxAnswersPerConversation()) {
            return false;
        }
        kept.add(answer);
        return true;
    }

    @Override
    public synchronized List<MissedQuestion> recent(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative");
        }
        forgetExpired();
        List<MissedQuestion> newestFirst = new ArrayList<>(Math.min(limit, questions.size()));
        Iterator<MissedQuestion> newest = questions.descendingIterator();
        while (newest.hasNext() && newestFirst.size() < limit) {
            newestFirst.add(newest.next());
        }
        return List.copyOf(newestFirst);
    }

    @Override
    public synchronized Map<ConversationId, List<AgentAnswer>> agentAnswers(Collection<ConversationId> conversations) {
        forgetExpired();
        Map<ConversationId, List<AgentAnswer>> found = new LinkedHashMap<>();
        for (ConversationId id : conversations) {
            List<AgentAnswer> kept = answers.getOrDefault(id, List.of()).stream()
                    .filter(a -> !expired(a))
                    .toList();
            if (!kept.isEmpty()) {
                found.put(id, kept);
            }
        }
        return found;
    }

    @Override
    public synchronized void erase(ConversationId id) {
        questions.removeIf(q -> q.conversationId().equals(id));
        questionsKept.remove(id);
        answers.remove(id);
    }

    // Answers are filtered when read and pruned when their conversation gets a new one; they all go with the
    // conversation's last question, so memory stays bounded by the questions kept without sweeping every answer.
    private void forgetExpired() {
        Instant oldestKept = oldestKept();
        while (!questions.isEmpty() && !questions.peekFirst().at().isAfter(oldestKept)) {
            forget(questions.removeFirst());
        }
    }

    private boolean expired(AgentAnswer answer) {
        return !answer.at().isAfter(oldestKept());
    }

    private Instant oldestKept() {
        return clock.instant().minus(limits.retention());
    }

    // A conversation's answers go with its last question: without a question they would never be shown.
    private void forget(MissedQuestion question) {
        ConversationId id = question.conversationId();
        if (questionsKept.merge(id, -1, Integer::sum) <= 0) {
            questionsKept.remove(id);
            answers.remove(id);
        }
    }
}
