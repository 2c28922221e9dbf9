package dev.penny.intents.editing;

import dev.penny.intents.catalog.Intent;
import java.util.List;

/**
 * Writes new ways of asking what an intent's examples ask, for an owner to accept or reject one by one: the editor's
 * "Suggest examples" for intents with few examples. Implementations call a language model; Penny offers the action
 * only when one is configured. What comes back is raw: {@link ExampleProposals} cleans and checks it.
 */
public interface ExampleParaphraser {

    /**
     * @param intent the intent, its examples masked of personal data
     * @param count how many paraphrases to ask for
     * @return the model's lines, possibly numbered, repeated or empty
     * @throws RuntimeException when the model could not be reached or failed; nothing is proposed then
     */
    List<String> paraphrase(Intent intent, int count);
}
