package dev.penny.channels.llm;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.penny.core.llm.GroundedQuestion;
import dev.penny.core.understanding.FaqMatch;
import dev.penny.core.understanding.PassageMatch;

/**
 * What Penny asks the model: answer only from the FAQ entries and article passages given (the engine picks how many,
 * best first), briefly, citing the passages it uses as {@code [1]}, or say {@value #NOT_COVERED}. The FAQ
 * goes in the system message and the visitor's (already masked) words alone in the user message, so the visitor's
 * text is never read as instructions of ours.
 */
final class GroundedPrompt {

    /** The exact reply that means the FAQ entries do not answer the question. */
    static final String NOT_COVERED = GroundingInstructions.NOT_COVERED;

    private static final String ONLY_ENTRIES = "using ONLY the FAQ entries below";
    private static final String ONLY_ENTRIES_AND_PASSAGES = "using ONLY the FAQ entries and article passages below";

    // Passages are cited by number; their URLs stay out of the prompt (the engine links the numbers), which keeps it
    // short and leaves the model no link to get wrong.
    private static final String PASSAGES = """

            Article passages: cite each one you use by its number in brackets, e.g. [1].
            """;

    private GroundedPrompt() {}

    static ChatRequest request(GroundedQuestion question) {
        StringBuilder system = new StringBuilder(
                question.passages().isEmpty()
                        ? GroundingInstructions.TEXT
                        : GroundingInstructions.TEXT.replace(ONLY_ENTRIES, ONLY_ENTRIES_AND_PASSAGES));
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
        if (!question.passages().isEmpty()) {
            system.append(PASSAGES);
            int cited = 0;
            for (PassageMatch match : question.passages()) {
                system.append("\n[")
                        .append(++cited)
                        .append("] ")
                        .append(match.passage().title())
                        .append('\n')
                        .append(match.passage().text().strip())
                        .append('\n');
            }
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
