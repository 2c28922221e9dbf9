package dev.penny.channels.e2e;

import dev.penny.channels.llm.LocalOpenAiServer;
import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link EditorLlmSpendingContract} with the in-memory cost ledger and analytics counters. */
class EditorLlmSpendingIT extends EditorLlmSpendingContract {

    static final LocalOpenAiServer LLM = LocalOpenAiServer.start();

    @DynamicPropertySource
    static void llm(DynamicPropertyRegistry registry) {
        registry.add("penny.llm.base-url", LLM::baseUrl);
    }

    @AfterAll
    static void stopLlm() {
        LLM.close();
    }

    @Override
    LocalOpenAiServer llm() {
        return LLM;
    }
}
