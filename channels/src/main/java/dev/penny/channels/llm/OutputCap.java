package dev.penny.channels.llm;

import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.penny.channels.config.LlmProperties.OutputCapField;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The answer length cap sent with every call, in the request field the endpoint reads. A server that does not read the
 * field answers past the cap without an error, and then one call can cost more than its budget reservation: the first
 * answer reported longer than the cap is logged as a warning that names the setting to change.
 */
final class OutputCap {

    private static final Logger log = LoggerFactory.getLogger(OutputCap.class);

    private final int tokens;
    private final OutputCapField field;
    private final AtomicBoolean warned = new AtomicBoolean();

    OutputCap(int tokens, OutputCapField field) {
        if (tokens < 1) {
            throw new IllegalArgumentException("penny.llm.max-output-tokens must be at least 1");
        }
        this.tokens = tokens;
        this.field = field;
    }

    int tokens() {
        return tokens;
    }

    OpenAiChatModel.OpenAiChatModelBuilder sentBy(OpenAiChatModel.OpenAiChatModelBuilder model) {
        return field == OutputCapField.MAX_TOKENS ? model.maxTokens(tokens) : model.maxCompletionTokens(tokens);
    }

    /** Reads the answer tokens the endpoint reported for one call. */
    void observed(long outputTokens) {
        if (outputTokens > tokens && warned.compareAndSet(false, true)) {
            log.warn(
                    "The LLM endpoint answered with {} tokens, past penny.llm.max-output-tokens={} sent as {}: it does"
                            + " not read that field, so a call can cost more than was reserved for it. Set"
                            + " penny.llm.output-cap-field={} (or check the model's own limit)",
                    outputTokens,
                    tokens,
                    field.field(),
                    field == OutputCapField.MAX_TOKENS
                            ? OutputCapField.MAX_COMPLETION_TOKENS.field()
                            : OutputCapField.MAX_TOKENS.field());
        }
    }
}
