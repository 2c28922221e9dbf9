package com.example.helpdesk;

import dev.penny.core.llm.GroundedQuestion;
import dev.penny.core.llm.LlmAnswer;
import dev.penny.core.llm.LlmClient;
import dev.penny.core.understanding.FaqEntry;
import dev.penny.core.understanding.FaqMatch;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The helpdesk's own {@link LlmClient}, which Penny uses instead of its OpenAI-compatible one. It stands where a
 * team's model gateway would: given the question and the FAQ entries Penny found closest, it points the visitor to
 * them, and costs no tokens.
 */
@Component
class DocsSearchLlm implements LlmClient {

    @Override
    public LlmAnswer answer(GroundedQuestion question) {
        if (question.faq().isEmpty()) {
            return LlmAnswer.notCovered(0, 0);
        }
        String related = question.faq().stream()
                .map(FaqMatch::entry)
                .map(FaqEntry::title)
                .collect(Collectors.joining("; "));
        // No link of its own: Penny keeps only links that its grounding entries contain, whoever wrote the answer.
        return LlmAnswer.covered("I'm not certain, but these may help: " + related + ".", 0, 0);
    }
}
