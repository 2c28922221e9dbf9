package dev.penny.intents.editing;

import dev.penny.intents.catalog.Intent;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Writes new ways of asking what an intent's examples ask, for an owner to accept or reject one by one: the editor's
 * "Suggest examples" for intents with few examples. Implementations call a language model; Penny offers the action
 * only when one is configured. What comes back is raw: {@link ExampleProposals} cleans and checks it, and charges what
 * the call cost to the editor's LLM spending.
 */
public interface ExampleParaphraser {

    /**
     * What one call wrote, and the tokens the provider billed for it.
     *
     * @param lines the model's lines, possibly numbered, repeated or empty
     * @param inputTokens prompt tokens billed, as the provider reported them
     * @param outputTokens answer tokens billed
     */
    record Paraphrases(List<String> lines, long inputTokens, long outputTokens) {

        public Paraphrases {
            lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
            if (inputTokens < 0 || outputTokens < 0) {
                throw new IllegalArgumentException("token counts must not be negative");
            }
        }
    }

    /**
     * @param intent the intent, its examples masked of personal data
     * @param count how many paraphrases to ask for
     * @throws RuntimeException when the model could not be reached or failed; nothing is proposed then
     */
    Paraphrases paraphrase(Intent intent, int count);

    /**
     * The longest answer, in tokens, each call asks the model for; the budget holds that much before the call. Empty
     * when the implementation sends no cap.
     */
    default OptionalLong maxOutputTokens() {
        return OptionalLong.empty();
    }
}
