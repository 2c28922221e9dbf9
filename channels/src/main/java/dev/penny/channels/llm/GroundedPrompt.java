package dev.penny.channels.llm;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.penny.core.llm.GroundedQuestion;
import dev.penny.core.understanding.FaqMatch;

/**
 * What Penny asks the model: answer only from the FAQ entries given (the engine picks how many, best first), briefly,
 * or say {@value #NOT_COVERED}. The FAQ
 * goes in the system message and the visitor's (already masked) words alone in the user message, so the visitor's
 * text is never read as instructions of ours.
 */
final class GroundedPrompt {

    /** The exact reply that means the FAQ entries do not answer the question. */
    static final String NOT_COVERED = GroundingInstructions.NOT_COVERED;

    private GroundedPrompt() {}

    static ChatRequest request(GroundedQuestion question) {
        StringBuilder system = new StringBuilder(GroundingInstructions.TEXT);
        int number = 0;
        for (FaqMatch match : question.faq()) {
            system.append("\n### ")
                    .append(++number)
                    .append(". ")
                    .append(match.entry().title())
                    .append('\n')
                    .append(match.entry().answer().strip())
                    .append('\n');
        }
        return ChatRequest.builder()
                .messages(SystemMessage.from(system.toString()), UserMessage.from(question.maskedQuestion()))
                .build();
    }

    /**
     * True when a reply answers the question: it is not the marker, does not contain it (models sometimes explain
     * themselves around it), and has at least one letter or digit.
     */
    static boolean answers(String reply) {
        return reply != null
                && !reply.contains(NOT_COVERED)
                && reply.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
