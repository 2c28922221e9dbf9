package dev.penny.channels.redis;

import dev.penny.core.learning.MissedQuestionLimits;
import dev.penny.core.learning.MissedQuestions;
import dev.penny.core.learning.MissedQuestionsContract;
import java.time.Clock;

class RedisMissedQuestionsIT extends MissedQuestionsContract {

    private final RedisTestServer redis = RedisTestServer.get();

    @Override
    protected MissedQuestions newStore(Clock clock, MissedQuestionLimits limits) {
        redis.flush();
        return new RedisMissedQuestions(redis.template(), clock, limits);
    }
}
