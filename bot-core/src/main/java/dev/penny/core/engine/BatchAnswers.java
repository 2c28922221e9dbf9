package dev.penny.core.engine;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.ConversationState;
import dev.penny.core.conversation.ConversationStore;
import dev.penny.core.conversation.Turn;
import dev.penny.core.understanding.ClassifiedQuestion;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers the FAQ questions of a classified batch together. Answered one by one, each costs a handful of store
 * round trips (who is answering, the turns a choice pick is recognised from, the cost, the answer); together, a
 * batch costs four, whatever its size. With Redis on the same two cores as the encoder, those round trips were the
 * largest cost besides the encoder at saturation: the bench answered 585 messages/s on the in-memory store and 365-438
 * on Redis before it (README).
 *
 * <p>Only what the FAQ answers at once is answered here, exactly as {@link Responder#respond} would; anything else (a
 * re-sent message, a new or handed-off conversation, a failed classification, a conversation with two messages in
 * the batch, an answer that needs an LLM or a person) is left untouched for {@link SupportEngine#respond}.
 */
final class BatchAnswers {

    private final ConversationStore store;

    BatchAnswers(ConversationStore store) {
        this.store = store;
    }

    /** One entry per understood message, in order: the reply, or empty when the message is left to respond to. */
    List<Optional<Reply>> answer(List<Understood> batch, ConversationScope scope) {
        List<Optional<Reply>> replies = new ArrayList<>(Collections.nCopies(batch.size(), Optional.empty()));
        List<Integer> candidates = candidates(batch);
        if (candidates.isEmpty()) {
            return replies;
        }
        List<ConversationId> ids = candidates.stream()
                .map(i -> batch.get(i).visitorTurn().conversationId())
                .toList();
        List<Optional<ConversationState>> states = store.states(ids);
        List<Integer> botAnswers = new ArrayList<>();
        List<ConversationId> botAnswersIds = new ArrayList<>();
        for (int c = 0; c < candidates.size(); c++) {
            // A new or closed conversation gets its state set first; a handed-off one gets silence: both per message.
            if (states.get(c).equals(Optional.of(ConversationState.BOT))) {
                botAnswers.add(candidates.get(c));
                botAnswersIds.add(ids.get(c));
            }
        }
        List<List<Turn>> recent = store.recentTurnsOfEach(botAnswersIds, ChoicePick.RECENT_TURNS);
        // A batch is classified with one FAQ version, so this is one group but for a publish racing the batch.
        // Each group holds positions in botAnswers (and so in recent).
        Map<Responder, List<Integer>> byResponder = new IdentityHashMap<>();
        for (int k = 0; k < botAnswers.size(); k++) {
            byResponder
                    .computeIfAbsent(batch.get(botAnswers.get(k)).responder(), r -> new ArrayList<>())
                    .add(k);
        }
        byResponder.forEach((responder, positions) -> {
            List<Understood> group =
                    positions.stream().map(k -> batch.get(botAnswers.get(k))).toList();
            List<Optional<Reply>> answered = responder.respondFromFaq(
                    group.stream().map(Understood::visitorTurn).toList(),
                    group.stream().map(BatchAnswers::question).toList(),
                    positions.stream().map(recent::get).toList(),
                    scope);
            for (int j = 0; j < positions.size(); j++) {
                replies.set(botAnswers.get(positions.get(j)), answered.get(j));
            }
        });
        return replies;
    }

    /** Fresh, classified messages, each the only one of its conversation in the batch, whose order is kept so. */
    private static List<Integer> candidates(List<Understood> batch) {
        Map<ConversationId, Integer> perConversation = new HashMap<>();
        batch.forEach(u -> perConversation.merge(u.visitorTurn().conversationId(), 1, Integer::sum));
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            Understood u = batch.get(i);
            if (u.fresh()
                    && u.classifierFailure().isEmpty()
                    && u.classified().isPresent()
                    && perConversation.get(u.visitorTurn().conversationId()) == 1) {
                out.add(i);
            }
        }
        return out;
    }

    private static ClassifiedQuestion question(Understood understood) {
        return understood.classified().orElseThrow();
    }
}
