package dev.penny.core.engine;

import dev.penny.core.policy.PolicySettings;
import dev.penny.core.understanding.FaqAnswers;
import dev.penny.core.understanding.FaqRetriever;
import dev.penny.core.understanding.IntentClassifier;
import java.util.Objects;

/**
 * One catalog version as the bot answers from it: the classifier, retriever and answers trained together on it, and
 * the policy thresholds chosen for it. Immutable, so a new version is swapped in whole ({@link LiveFaq}) and a batch
 * of visitor messages is answered by one version from start to end.
 *
 * @param label names the version in logs and decisions, e.g. {@code "v7"}
 * @param classifier the intent classifier trained on this version's examples
 * @param retriever the FAQ retriever indexed on this version's entries
 * @param answers this version's answers by intent id
 * @param policy the escalation thresholds for this version (its saved minimum confidence among them)
 * @param phrases what the bot says around handoffs and choices, in the version's language
 */
public record FaqVersion(
        String label,
        IntentClassifier classifier,
        FaqRetriever retriever,
        FaqAnswers answers,
        PolicySettings policy,
        BotPhrases phrases) {

    /** A version that speaks English. */
    public FaqVersion(
            String label,
            IntentClassifier classifier,
            FaqRetriever retriever,
            FaqAnswers answers,
            PolicySettings policy) {
        this(label, classifier, retriever, answers, policy, BotPhrases.english());
    }

    public FaqVersion {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("a FAQ version needs a label");
        }
        Objects.requireNonNull(classifier, "classifier");
        Objects.requireNonNull(retriever, "retriever");
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(phrases, "phrases");
    }
}
