package dev.penny.channels.redis;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.handoff.WaitingConversation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Finds conversations waiting for an agent that the queue's index does not list, and lists them, so no visitor waits
 * unseen. A handoff writes the index entry before the record, so this only happens when Redis lost a write that it
 * had acknowledged (a failover to a replica that had not received it) or the index was deleted; it is cheap enough to
 * run at start and every minute: one SCAN of the handoff records (few: only conversations with a person) on each
 * master, one pipeline of their fields and one read of the index.
 */
final class RedisHandoffReconciliation {

    private static final Pattern HANDOFF_KEY = Pattern.compile("penny:conversation:\\{(.+)}:handoff");

    private final StringRedisTemplate redis;
    private final Clock clock;
    private final RedisHandoffRecords records;
    private final RedisHandoffQueue index;

    RedisHandoffReconciliation(StringRedisTemplate redis, Clock clock, Duration handoffExpiry) {
        this.redis = redis;
        this.clock = clock;
        this.records = new RedisHandoffRecords(redis, handoffExpiry);
        this.index = new RedisHandoffQueue(redis, handoffExpiry);
    }

    /** Adds every waiting conversation missing from the index to it, at its original place; returns how many. */
    int reconcile() {
        Instant now = clock.instant();
        List<ConversationId> withRecord = RedisKeyScan.matching(redis, RedisKeys.everyHandoff()).stream()
                .map(HANDOFF_KEY::matcher)
                .filter(m -> m.matches() && ConversationId.isValid(m.group(1)))
                .map(m -> new ConversationId(m.group(1)))
                .toList();
        Set<ConversationId> listed = new HashSet<>(index.all());
        int added = 0;
        for (WaitingConversation waiting : records.waitingOfEach(withRecord)) {
            if (!listed.contains(waiting.conversationId())) {
                index.add(waiting.conversationId(), waiting.waitingSince(), now);
                added++;
            }
        }
        return added;
    }
}
