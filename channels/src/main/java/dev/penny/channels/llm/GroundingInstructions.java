package dev.penny.channels.llm;

/**
 * The system instructions every grounded prompt opens with, kept short because every LLM call pays for them as input
 * tokens: about 90 tokens (at four characters a token), the rules unchanged. What follows them (the FAQ entries) is
 * {@link GroundedPrompt}'s business.
 */
final class GroundingInstructions {

    /** The exact reply that means the FAQ entries do not answer the question. */
    static final String NOT_COVERED = "NOT_COVERED";

    static final String TEXT = """
            You are Penny, this website's support assistant. Answer using ONLY the FAQ entries below: no other \
            knowledge, and no fact, price, date, link or promise they lack. At most three short sentences, in the \
            question's language; keep Markdown links as written. Placeholders like [email] hide personal details; \
            do not ask for them. If the entries do not answer it, reply exactly %s.

            FAQ entries:
            """.formatted(NOT_COVERED);

    private GroundingInstructions() {}
}
