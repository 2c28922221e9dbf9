package dev.penny.channels.redis;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.learning.AgentAnswer;
import dev.penny.core.learning.MissedQuestion;
import dev.penny.core.learning.MissedQuestionLimits;
import dev.penny.core.learning.MissedQuestions;
import java.nio.charset.StandardCharsets;
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
 * Missed questions in Redis: one capped list of recent questions shared by all conversations, newest first, and per
 * conversation a marker (when its last question was asked) and the list of agent replies. Every write is an append;
 * retention is both a TTL on every key and a filter on read, so a question is forgotten on time even while new
 * questions keep the shared list alive. The schema is in {@link RedisKeys}.
 */
final class RedisMissedQuestions implements MissedQuestions {

    // KEYS: missed-question marker, agent-answers. ARGV: answer JSON, max answers, ttl in ms, oldest kept question ms.
    private static final RedisScript<Long> ANSWER = new DefaultRedisScript<>("""
            local asked = redis.call('GET', KEYS[1])
            if not asked or tonumber(asked) <= tonumber(ARGV[4]) then return 0 end
            if redis.call('LLEN', KEYS[2]) >= tonumber(ARGV[2]) then return 0 end
            redis.call('RPUSH', KEYS[2], ARGV[1])
            redis.call('PEXPIRE', KEYS[2], ARGV[3])
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
        // Pipelined, not transactional: the shared list and the conversation's marker live in different slots, and a
        // marker without its question (or the reverse) only keeps or drops an agent reply.
        RedisPipelines.run(redis, pipeline -> {
            pipeline.lpush(shared, entry);
            pipeline.ltrim(shared, 0, limits.maxQuestions() - 1L);
            pipeline.pexpire(shared, ttl);
            pipeline.psetex(marker, ttl, Long.toString(question.at().toEpochMilli()));
            return () -> null;
        });
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
            return List.of(); // LRANGE 0 -1 would be the whole list
        }
        List<String> newestFirst = redis.opsForList().range(RedisKeys.missedQuestions(), 0, limit - 1L);
        Instant oldestKept = oldestKept();
        return newestFirst == null
                ? List.of()
                : newestFirst.stream()
                        .map(json::readQuestion)
                        .filter(q -> q.at().isAfter(oldestKept))
                        .toList();
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

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
