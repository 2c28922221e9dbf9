package dev.penny.channels.redis;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.learning.AgentAnswer;
import dev.penny.core.learning.MissedQuestion;
import dev.penny.core.learning.MissedQuestionLimits;
import dev.penny.core.learning.MissedQuestions;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;
import redis.clients.jedis.Response;

/**
 * Missed questions in Redis: one sorted set of recent questions shared by all conversations, scored by when each was
 * asked, and per conversation a marker (when its last question was asked) and the list of agent replies. Each question
 * is forgotten by its own age: the set is trimmed by score on every write and every read, and its TTL is set from its
 * newest question, so no later write keeps an old question alive. The schema is in {@link RedisKeys}.
 */
final class RedisMissedQuestions implements MissedQuestions {

    // KEYS: questions. ARGV: question JSON, asked ms, oldest forgotten ms, max questions, retention ms, now ms.
    private static final RedisScript<Long> RECORD = new DefaultRedisScript<>("""
            redis.call('ZADD', KEYS[1], ARGV[2], ARGV[1])
            redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[3])
            redis.call('ZREMRANGEBYRANK', KEYS[1], 0, -(tonumber(ARGV[4]) + 1))
            local newest = redis.call('ZRANGE', KEYS[1], -1, -1, 'WITHSCORES')
            if not newest[2] then return 0 end
            local ttl = tonumber(newest[2]) + tonumber(ARGV[5]) - tonumber(ARGV[6])
            if ttl > 0 then redis.call('PEXPIRE', KEYS[1], ttl) else redis.call('DEL', KEYS[1]) end
            return 1
            """, Long.class);

    // KEYS: questions. ARGV: oldest forgotten ms, limit. Newest first.
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final RedisScript<List<String>> RECENT =
            new DefaultRedisScript<>("""
            redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
            return redis.call('ZREVRANGE', KEYS[1], 0, tonumber(ARGV[2]) - 1)
            """, (Class<List<String>>) (Class) List.class);

    // KEYS: questions. ARGV: how the JSON of the conversation's questions begins.
    private static final RedisScript<Long> ERASE = new DefaultRedisScript<>("""
            local removed = 0
            for _, member in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do
              if string.sub(member, 1, #ARGV[1]) == ARGV[1] then
                redis.call('ZREM', KEYS[1], member)
                removed = removed + 1
              end
            end
            return removed
            """, Long.class);

    // KEYS: missed-question marker, agent-answers. ARGV: answer JSON, max answers, ttl in ms, oldest kept question ms.
    // The TTL is set when the first reply is kept and never extended, so no reply outlives its retention.
    private static final RedisScript<Long> ANSWER = new DefaultRedisScript<>("""
            local asked = redis.call('GET', KEYS[1])
            if not asked or tonumber(asked) <= tonumber(ARGV[4]) then return 0 end
            if redis.call('LLEN', KEYS[2]) >= tonumber(ARGV[2]) then return 0 end
            if redis.call('RPUSH', KEYS[2], ARGV[1]) == 1 then redis.call('PEXPIRE', KEYS[2], ARGV[3]) end
            return 1
            """, Long.class);

    private final StringRedisTemplate redis;
    private final Clock clock;
    private final MissedQuestionLimits limits;
    private final MissedQuestionJson json = new MissedQuestionJson();

    RedisMissedQuestions(StringRedisTemplate redis, Clock clock, MissedQuestionLimits limits) {
        this.redis = Objects.requireNonNull(redis, "redis");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    @Override
    public void record(MissedQuestion question) {
        String shared = RedisKeys.missedQuestions();
        String marker = RedisKeys.missedQuestion(question.conversationId());
        String entry = json.write(question);
        long ttl = limits.retention().toMillis();
        String script = RECORD.getScriptAsString();
        // Pipelined, not transactional: the shared set and the conversation's marker live in different slots, and a
        // marker without its question (or the reverse) only keeps or drops an agent reply.
        RedisPipelines.run(redis, pipeline -> {
            pipeline.eval(
                    script,
                    List.of(shared),
                    List.of(
                            entry,
                            Long.toString(question.at().toEpochMilli()),
                            Long.toString(oldestKept().toEpochMilli()),
                            Integer.toString(limits.maxQuestions()),
                            Long.toString(ttl),
                            Long.toString(clock.millis())));
            long markerTtl = question.at().toEpochMilli() + ttl - clock.millis();
            if (markerTtl > 0) {
                pipeline.psetex(marker, markerTtl, Long.toString(question.at().toEpochMilli()));
            }
            return () -> null;
        });
    }

    @Override
    public void erase(ConversationId id) {
        redis.execute(ERASE, List.of(RedisKeys.missedQuestions()), json.prefixOf(id));
        redis.delete(List.of(RedisKeys.missedQuestion(id), RedisKeys.agentAnswers(id)));
    }

    @Override
    public boolean agentAnswered(AgentAnswer answer) {
        ConversationId id = answer.conversationId();
        Long kept = redis.execute(
                ANSWER,
                List.of(RedisKeys.missedQuestion(id), RedisKeys.agentAnswers(id)),
                json.write(answer),
                Integer.toString(limits.maxAnswersPerConversation()),
                Long.toString(limits.retention().toMillis()),
                Long.toString(oldestKept().toEpochMilli()));
        return Long.valueOf(1).equals(kept);
    }

    @Override
    public List<MissedQuestion> recent(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative");
        }
        if (limit == 0) {
            return List.of(); // ZREVRANGE 0 -1 would be the whole set
        }
        List<String> newestFirst = redis.execute(
                RECENT,
                List.of(RedisKeys.missedQuestions()),
                Long.toString(oldestKept().toEpochMilli()),
                Integer.toString(limit));
        return newestFirst == null
                ? List.of()
                : newestFirst.stream().map(json::readQuestion).toList();
    }

    @Override
    public Map<ConversationId, List<AgentAnswer>> agentAnswers(Collection<ConversationId> conversations) {
        List<ConversationId> ids = List.copyOf(conversations);
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<List<String>> lists = RedisPipelines.run(redis, pipeline -> {
            List<Response<List<String>>> ranges = ids.stream()
                    .map(id -> pipeline.lrange(RedisKeys.agentAnswers(id), 0, -1))
                    .toList();
            return () -> ranges.stream().map(Response::get).toList();
        });
        Instant oldestKept = oldestKept();
        Map<ConversationId, List<AgentAnswer>> found = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            List<AgentAnswer> answers = new ArrayList<>();
            if (lists.get(i) != null) {
                for (String element : lists.get(i)) {
                    AgentAnswer answer = json.readAnswer(ids.get(i), element);
                    if (answer.at().isAfter(oldestKept)) {
                        answers.add(answer);
                    }
                }
            }
            if (!answers.isEmpty()) {
                found.put(ids.get(i), List.copyOf(answers));
            }
        }
        return found;
    }

    private Instant oldestKept() {
        return clock.instant().minus(limits.retention());
    }
}
