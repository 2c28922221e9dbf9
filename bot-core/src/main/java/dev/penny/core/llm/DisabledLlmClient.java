package dev.penny.core.llm;

/**
 * The LLM client when none is configured: every call fails as {@link LlmException.Failure#UNAVAILABLE}, so unsure
 * questions go straight to a person. The policy normally avoids calling it at all ({@code llmConfigured = false}).
 */
public final class DisabledLlmClient implements LlmClient {

    @Override
    public LlmAnswer answer(GroundedQuestion question) throws LlmException {
        throw new LlmException(LlmException.Failure.UNAVAILABLE, "no LLM is configured");
    }
}
