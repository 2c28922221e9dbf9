package dev.penny.core.engine;

import dev.penny.core.llm.GroundedQuestion;
import dev.penny.core.llm.LlmAnswer;
import dev.penny.core.llm.LlmClient;
import dev.penny.core.llm.LlmException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An LLM that gives a scripted answer or failure, and remembers what it was asked. */
final class FakeLlm implements LlmClient {

    private final List<GroundedQuestion> questions = new CopyOnWriteArrayList<>();
    private LlmAnswer answer =
            LlmAnswer.covered("You can pay rent with your card where card payments are accepted.", 300, 40);
    private Exception failure;

    void answers(LlmAnswer scripted) {
        answer = scripted;
        failure = null;
    }

    void failsWith(Exception scripted) {
        failure = scripted;
    }

    List<GroundedQuestion> questions() {
        return questions;
    }

    @Override
    public LlmAnswer answer(GroundedQuestion question) throws LlmException {
        questions.add(question);
        if (failure instanceof LlmException e) {
            throw e;
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        return answer;
    }
}
