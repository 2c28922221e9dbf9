package dev.penny.core.learning;

import java.time.Clock;

class InMemoryMissedQuestionsTest extends MissedQuestionsContract {

    @Override
    protected MissedQuestions newStore(Clock clock, MissedQuestionLimits limits) {
        return new InMemoryMissedQuestions(clock, limits);
    }
}
