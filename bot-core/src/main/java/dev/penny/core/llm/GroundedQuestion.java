package dev.penny.core.llm;

import dev.penny.core.understanding.FaqMatch;
import java.util.List;
import java.util.Objects;

/**
 * A visitor question with the FAQ entries an LLM must answer it from.
 *
 * @param maskedQuestion the visitor's text with personal data (emails, phone and card numbers) already replaced by
 *     placeholders such as {@code [email]}; never send the raw text to a provider
 * @param faq the best-matching FAQ entries, best first; the LLM answers only from these
 */
public record GroundedQuestion(String maskedQuestion, List<FaqMatch> faq) {

    public GroundedQuestion {
        Objects.requireNonNull(maskedQuestion, "maskedQuestion");
        faq = List.copyOf(faq);
    }
}
