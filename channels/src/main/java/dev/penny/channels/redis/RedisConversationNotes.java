package dev.penny.channels.redis;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.desk.ConversationNotes;
import dev.penny.core.desk.Note;
import dev.penny.core.handoff.AgentId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;
import tools.jackson.databind.json.JsonMapper;

/** Agents' notes in a list beside the conversation's turns, expiring with them. The schema is in {@link RedisKeys}. */
final class RedisConversationNotes implements ConversationNotes {

    // KEYS: notes. ARGV: json, max notes, ttl ms.
    private static final RedisScript<Long> ADD = new DefaultRedisScript<>("""
            redis.call('RPUSH', KEYS[1], ARGV[1])
            redis.call('LTRIM', KEYS[1], -tonumber(ARGV[2]), -1)
            redis.call('PEXPIRE', KEYS[1], ARGV[3])
            return 1
            """, Long.class);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    record StoredNote(String author, String text, String at) {}

    private final StringRedisTemplate redis;
    private final Duration ttl;

    RedisConversationNotes(StringRedisTemplate redis, Duration ttl) {
        this.redis = redis;
        this.ttl = ttl;
    }

    @Override
    public void add(Note note) {
        String json = JSON.writeValueAsString(
                new StoredNote(note.author().value(), note.text(), note.at().toString()));
        redis.execute(
                ADD,
                List.of(RedisKeys.notes(note.conversationId())),
                json,
                Integer.toString(MAX_NOTES),
                Long.toString(ttl.toMillis()));
    }

    @Override
    public List<Note> of(ConversationId id) {
        List<String> stored = redis.opsForList().range(RedisKeys.notes(id), 0, -1);
        return stored == null
                ? List.of()
                : stored.stream()
                        .map(json -> JSON.readValue(json, StoredNote.class))
                        .map(n -> new Note(id, new AgentId(n.author()), n.text(), Instant.parse(n.at())))
                        .toList();
    }

    @Override
    public void erase(ConversationId id) {
        redis.delete(RedisKeys.notes(id));
    }
}
