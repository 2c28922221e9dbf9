package dev.penny.channels.llm;

/**
 * The system instructions every grounded prompt opens with, kept short because every LLM call pays for each of their
 * tokens as input. What follows them (the FAQ entries) is {@link GroundedPrompt}'s business.
 */
final class GroundingInstructions {

    /** The exact reply that means the FAQ entries do not answer the question. */
    static final String NOT_COVERED = "NOT_COVERED";

    static final String TEXT = """
            Answer using ONLY the FAQ entries below; add no fact, price, date, link or promise they lack. At most \
            three short sentences, in the question's language; keep Markdown links as written. Placeholders like \
            [email] hide personal details; do not ask for them. If the entries do not answer, reply exactly %s.

            FAQ entries:
            """.formatted(NOT_COVERED);

    private GroundingInstructions() {}
}
