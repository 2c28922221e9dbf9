package dev.penny.intents.learning;

import dev.penny.core.learning.MissedQuestion;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A group of similar questions the FAQ could not answer, offered to catalog owners as new examples of an existing
 * intent or as a new intent.
 *
 * @param id a stable id of the group while its representative stays the same
 * @param count how many times the group's questions were asked
 * @param questions the group's distinct questions (compared ignoring case and surrounding spaces), each as last
 *     asked, newest first: an owner ticks which become examples, and one text asked often is one example
 * @param representative the question closest to the group's centre
 * @param nearestIntent the live intent closest to the representative, or null when the classifier named none
 * @param kind new examples when the nearest intent is close enough, a new intent otherwise
 * @param agentAnswers what agents replied in the questions' conversations, oldest first, without repeats
 */
public record Suggestion(
        String id,
        int count,
        List<MissedQuestion> questions,
        String representative,
        NearestIntent nearestIntent,
        SuggestionKind kind,
        List<String> agentAnswers) {

    public Suggestion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(representative, "representative");
        Objects.requireNonNull(kind, "kind");
        questions = List.copyOf(questions);
        agentAnswers = List.copyOf(agentAnswers);
        if (questions.isEmpty() || count < questions.size()) {
            throw new IllegalArgumentException("a suggestion groups at least one question, each asked at least once");
        }
    }

    public Optional<NearestIntent> nearest() {
        return Optional.ofNullable(nearestIntent);
    }
}
