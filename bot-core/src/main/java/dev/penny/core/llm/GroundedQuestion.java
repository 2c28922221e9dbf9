package dev.penny.core.llm;

import dev.penny.core.understanding.FaqMatch;
import dev.penny.core.understanding.PassageMatch;
import java.util.List;
import java.util.Objects;

/**
 * A visitor question with the FAQ entries an LLM must answer it from.
 *
 * @param maskedQuestion the visitor's text with personal data (emails, phone and card numbers) already replaced by
 *     placeholders such as {@code [email]}; never send the raw text to a provider
 * @param faq the best-matching FAQ entries, best first; the LLM answers only from these and {@code passages}
 * @param passages the best-matching article passages, best first; the answer cites them as {@code [1]}, {@code [2]},
 *     … in this order
 */
public record GroundedQuestion(String maskedQuestion, List<FaqMatch> faq, List<PassageMatch> passages) {

    /** A question grounded on FAQ entries alone. */
    public GroundedQuestion(String maskedQuestion, List<FaqMatch> faq) {
        this(maskedQuestion, faq, List.of());
    }

    public GroundedQuestion {
        Objects.requireNonNull(maskedQuestion, "maskedQuestion");
        faq = List.copyOf(faq);
        passages = passages == null ? List.of() : List.copyOf(passages);
    }
}
