package dev.penny.core.learning;

import dev.penny.core.conversation.ConversationId;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Keeps nothing: for engines built without learning from traffic (tests, tools), so the engine never checks for null. */
public final class DisabledMissedQuestions implements MissedQuestions {

    @Override
    public void record(MissedQuestion question) {}

    @Override
    public boolean agentAnswered(AgentAnswer answer) {
        return false;
    }

    @Override
    public List<MissedQuestion> recent(int limit) {
        return List.of();
    }

    @Override
    public Map<ConversationId, List<AgentAnswer>> agentAnswers(Collection<ConversationId> conversations) {
        return Map.of();
    }

    @Override
    public void erase(ConversationId id) {}
}
