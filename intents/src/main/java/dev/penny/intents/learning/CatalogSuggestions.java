package dev.penny.intents.learning;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.learning.AgentAnswer;
import dev.penny.core.learning.MissedQuestion;
import dev.penny.core.understanding.FaqAnswers;
import dev.penny.core.understanding.FaqEntry;
import dev.penny.core.understanding.IntentClassifier;
import dev.penny.core.understanding.IntentPrediction;
import dev.penny.core.understanding.IntentScore;
import dev.penny.intents.encoder.SentenceEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns the questions the FAQ could not answer into suggestions for the catalog: groups them by meaning ({@link
 * QuestionGrouping}), counts each group, picks the question closest to its centre as representative, asks the live
 * classifier which intent that representative is nearest to, and attaches what agents replied in the groups'
 * conversations. Largest groups first. Stateless; safe to share.
 */
public final class CatalogSuggestions {

    /**
     * A representative the classifier gives an in-scope intent at least this confidence is suggested as new examples
     * of it. Confidences are calibrated probabilities, so 0.5 means the intent is likelier than all others together;
     * the questions got here because that was still below the policy's bar for answering, which is the gap new
     * examples close.
     */
    public static final double DEFAULT_NEAR_INTENT_CONFIDENCE = 0.5;

    // Enough to choose an answer from; more would mostly repeat greetings.
    private static final int AGENT_ANSWERS_KEPT = 10;

    private final SentenceEncoder encoder;
    private final QuestionGrouping grouping;
    private final double nearIntentConfidence;

    public CatalogSuggestions(SentenceEncoder encoder, QuestionGrouping grouping, double nearIntentConfidence) {
        if (!(nearIntentConfidence >= 0.0 && nearIntentConfidence <= 1.0)) {
            throw new IllegalArgumentException("the near-intent confidence must be in [0, 1]");
        }
        this.encoder = encoder;
        this.grouping = grouping;
        this.nearIntentConfidence = nearIntentConfidence;
    }

    /**
     * Suggestions for {@code questions}, largest group first.
     *
     * @param questions missed questions in any order
     * @param agentAnswers agent replies by conversation, oldest first
     * @param classifier the live classifier, to find each group's nearest intent
     * @param titles the live answers, for the nearest intent's title
     */
    public List<Suggestion> suggest(
            List<MissedQuestion> questions,
            Map<ConversationId, List<AgentAnswer>> agentAnswers,
            IntentClassifier classifier,
            FaqAnswers titles) {
        if (questions.isEmpty()) {
            return List.of();
        }
        // Oldest first, so the groups are the same whatever order the store returned.
        List<MissedQuestion> asked = questions.stream()
                .sorted(Comparator.comparing(MissedQuestion::at)
                        .thenComparing(q -> q.conversationId().value())
                        .thenComparing(q -> q.messageId().value()))
                .toList();
        float[][] vectors = vectors(asked.stream().map(MissedQuestion::text).toList());
        List<List<Integer>> groups = grouping.group(vectors);
        List<String> representatives = groups.stream()
                .map(members -> asked.get(closestToCentre(vectors, members)).text())
                .toList();
        List<IntentPrediction> predictions = classifier.classifyAll(representatives);
        List<Suggestion> suggestions = new ArrayList<>(groups.size());
        for (int g = 0; g < groups.size(); g++) {
            List<MissedQuestion> members =
                    new ArrayList<>(groups.get(g).stream().map(asked::get).toList());
            Collections.reverse(members); // newest first
            NearestIntent nearest = nearest(predictions.get(g), titles);
            boolean close =
                    nearest != null && !predictions.get(g).outOfScope() && nearest.confidence() >= nearIntentConfidence;
            suggestions.add(new Suggestion(
                    id(representatives.get(g)),
                    members.size(),
                    distinct(members),
                    representatives.get(g),
                    nearest,
                    close ? SuggestionKind.NEW_EXAMPLES : SuggestionKind.NEW_INTENT,
                    answersIn(members, agentAnswers)));
        }
        suggestions.sort(Comparator.comparingInt(Suggestion::count)
                .reversed()
                .thenComparing(s -> s.questions().get(0).at(), Comparator.reverseOrder())
                .thenComparing(Suggestion::id));
        return List.copyOf(suggestions);
    }

    // Each distinct text is encoded once: the same question asked often is common in support traffic.
    private float[][] vectors(List<String> texts) {
        List<String> distinct = List.copyOf(new LinkedHashSet<>(texts));
        float[][] encoded = encoder.encode(distinct);
        Map<String, float[]> byText = new LinkedHashMap<>();
        for (int i = 0; i < distinct.size(); i++) {
            byText.put(distinct.get(i), encoded[i]);
        }
        return texts.stream().map(byText::get).toArray(float[][]::new);
    }

    private static int closestToCentre(float[][] vectors, List<Integer> members) {
        float[] centre = QuestionGrouping.centroid(vectors, members);
        int best = members.get(0);
        double bestSimilarity = Double.NEGATIVE_INFINITY;
        for (int i : members) {
            double similarity = QuestionGrouping.dot(centre, vectors[i]);
            if (similarity > bestSimilarity) {
                best = i;
                bestSimilarity = similarity;
            }
        }
        return best;
    }

    // members are newest first, so the ask kept for each text is its latest.
    private static List<MissedQuestion> distinct(List<MissedQuestion> members) {
        Map<String, MissedQuestion> byText = new LinkedHashMap<>();
        members.forEach(q -> byText.putIfAbsent(q.text().strip().toLowerCase(Locale.ROOT), q));
        return List.copyOf(byText.values());
    }

    private static NearestIntent nearest(IntentPrediction prediction, FaqAnswers titles) {
        if (prediction.top().isEmpty()) {
            return null;
        }
        IntentScore top = prediction.top().get();
        String title = titles.answerFor(top.intentId()).map(FaqEntry::title).orElse(top.intentId());
        return new NearestIntent(top.intentId(), title, top.confidence());
    }

    private static List<String> answersIn(
            List<MissedQuestion> members, Map<ConversationId, List<AgentAnswer>> agentAnswers) {
        Set<ConversationId> conversations = new LinkedHashSet<>();
        members.forEach(q -> conversations.add(q.conversationId()));
        return conversations.stream()
                .flatMap(id -> agentAnswers.getOrDefault(id, List.of()).stream())
                .sorted(Comparator.comparing(AgentAnswer::at))
                .map(AgentAnswer::text)
                .distinct()
                .limit(AGENT_ANSWERS_KEPT)
                .toList();
    }

    private static String id(String representative) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(representative.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return "s-" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
