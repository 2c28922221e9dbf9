package dev.penny.channels.redis;

import dev.penny.core.desk.CannedResponses;
import dev.penny.core.desk.CannedResponsesContract;

class RedisCannedResponsesIT extends CannedResponsesContract {

    private final RedisTestServer redis = RedisTestServer.get();

    @Override
    protected CannedResponses newResponses() {
        redis.flush();
        return new RedisCannedResponses(redis.template());
    }
}
