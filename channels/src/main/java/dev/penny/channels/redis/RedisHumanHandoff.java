package dev.penny.channels.redis;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.ConversationStore;
import dev.penny.core.handoff.AgentId;
import dev.penny.core.handoff.Claim;
import dev.penny.core.handoff.HandoffExpiry;
import dev.penny.core.handoff.HandoffOutcome;
import dev.penny.core.handoff.HumanHandoff;
import dev.penny.core.handoff.LeftMessage;
import dev.penny.core.handoff.QueuePage;
import dev.penny.core.handoff.WaitingConversation;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.ZSetOperations;

/**
 * The handoff queue in Redis, shared by every node. The schema is in {@link RedisKeys}.
 *
 * <p>{@link RedisHandoffRecords} holds the truth and makes claims atomic. The queue and each agent's claims are sorted
 * sets indexing those records: reads skip entries whose record has moved on or expired, and entries older than the
 * handoff expiry are trimmed by score, so an index never needs to be updated in the same step as a record.
 *
 * <p>A {@link #handOff} reserves the queue entry first (the cap is checked there, atomically), then creates the record
 * and marks the conversation's state in one script on the conversation's slot. So a conversation is never marked
 * waiting without a record, and its queue entry is written before it; {@link RedisHandoffReconciliation} restores the
 * entries of records whose index entry was lost anyway (a failover that kept one write and not the other).
 */
final class RedisHumanHandoff implements HumanHandoff {

    private final StringRedisTemplate redis;
    private final Clock clock;
    private final HandoffExpiry expiry;
    private final RedisHandoffRecords records;
    private final RedisHandoffQueue index;
    private final int maxWaiting;
    private final RedisAgentPresence presence;
    private final RedisLeftMessages leftMessages;

    RedisHumanHandoff(StringRedisTemplate redis, Clock clock, HandoffExpiry expiry) {
        this(redis, clock, expiry, Integer.MAX_VALUE);
    }

    /** A queue that {@link #handOff hands off} at most {@code maxWaiting} conversations at a time. */
    RedisHumanHandoff(StringRedisTemplate redis, Clock clock, HandoffExpiry expiry, int maxWaiting) {
        this.redis = Objects.requireNonNull(redis, "redis");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.expiry = Objects.requireNonNull(expiry, "expiry");
        if (maxWaiting < 1) {
            throw new IllegalArgumentException("maxWaiting must be at least 1");
        }
        this.maxWaiting = maxWaiting;
        this.index = new RedisHandoffQueue(redis, expiry.handoff());
        this.records = new RedisHandoffRecords(redis, expiry.handoff());
        this.presence = new RedisAgentPresence(redis, clock, expiry.agentPresence());
        this.leftMessages = new RedisLeftMessages(redis, clock, expiry.leftMessages());
    }

    @Override
    public boolean enqueue(ConversationId id, String summary) {
        Instant now = clock.instant();
        if (!records.enqueue(id, summary, now)) {
            return false;
        }
        index.add(id, now, now);
        return true;
    }

    @Override
    public HandoffOutcome handOff(ConversationId id, String summary, ConversationStore store) {
        if (!(store instanceof RedisConversationStore conversations)) {
            return HumanHandoff.super.handOff(id, summary, store);
        }
        Instant now = clock.instant();
        RedisHandoffQueue.Reservation reserved = index.reserve(id, now, maxWaiting);
        if (reserved == RedisHandoffQueue.Reservation.FULL) {
            return records.claimOf(id).isPresent() || records.waiting(id).isPresent()
                    ? HandoffOutcome.UNCHANGED
                    : HandoffOutcome.QUEUE_FULL;
        }
        RedisHandoffRecords.HandOff result = records.handOff(id, summary, now, conversations.timeToLive());
        if (result == RedisHandoffRecords.HandOff.HELD && reserved == RedisHandoffQueue.Reservation.ADDED) {
            index.remove(id); // a held conversation has no place in the queue
        }
        return result == RedisHandoffRecords.HandOff.QUEUED ? HandoffOutcome.QUEUED : HandoffOutcome.UNCHANGED;
    }

    @Override
    public List<WaitingConversation> queue() {
        return sorted(records.waitingOfEach(index.all()));
    }

    /**
     * Two round trips (one per Redis node on a Cluster) whatever the page's length: ZCARD and ZRANGE of the index, then
     * every record of the page. Index entries whose record moved on are skipped, so a page may come out short until
     * they are trimmed.
     */
    @Override
    public QueuePage queuePage(int offset, int limit) {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must be at least 0 and limit at least 1");
        }
        RedisHandoffQueue.Page page = index.page(offset, limit);
        return new QueuePage(sorted(records.waitingOfEach(page.ids())), offset, page.total());
    }

    private static List<WaitingConversation> sorted(List<WaitingConversation> waiting) {
        return waiting.stream()
                .sorted(Comparator.comparing(WaitingConversation::waitingSince))
                .toList();
    }

    @Override
    public Optional<Claim> claim(ConversationId id, AgentId agent) {
        Instant now = clock.instant();
        if (!records.claim(id, agent, now)) {
            return Optional.empty();
        }
        index.remove(id);
        index(RedisKeys.claims(agent), id, now);
        return Optional.of(new Claim(id, agent, now));
    }

    @Override
    public Optional<Claim> claimOf(ConversationId id) {
        return records.claimOf(id);
    }

    @Override
    public List<Claim> heldBy(AgentId agent) {
        return members(RedisKeys.claims(agent)).stream()
                .flatMap(id -> records.claimOf(id).stream())
                .filter(claim -> claim.agent().equals(agent))
                .sorted(Comparator.comparing(Claim::claimedAt))
                .toList();
    }

    @Override
    public Optional<Claim> transfer(ConversationId id, AgentId from, AgentId to) {
        Instant now = clock.instant();
        if (!records.transfer(id, from, to, now)) {
            return Optional.empty();
        }
        redis.opsForZSet().remove(RedisKeys.claims(from), id.value());
        index(RedisKeys.claims(to), id, now);
        return Optional.of(new Claim(id, to, now));
    }

    @Override
    public Optional<Claim> release(ConversationId id) {
        Optional<Claim> ended = records.release(id);
        index.remove(id);
        ended.ifPresent(claim -> redis.opsForZSet().remove(RedisKeys.claims(claim.agent()), id.value()));
        return ended;
    }

    @Override
    public void agentOnline(AgentId agent) {
        presence.online(agent);
    }

    @Override
    public void agentOffline(AgentId agent) {
        presence.offline(agent);
    }

    @Override
    public int agentsOnline() {
        return presence.count();
    }

    @Override
    public boolean isOnline(AgentId agent) {
        return presence.isOnline(agent);
    }

    @Override
    public void leaveMessage(LeftMessage message) {
        leftMessages.add(message);
    }

    @Override
    public List<LeftMessage> leftMessages() {
        return leftMessages.all();
    }

    @Override
    public int erase(ConversationId id) {
        release(id);
        return leftMessages.removeIf(m -> m.conversationId().equals(id)).size();
    }

    @Override
    public List<LeftMessage> eraseLeftMessages(String email) {
        return leftMessages.removeIf(m -> m.sentFrom(email));
    }

    private void index(String key, ConversationId id, Instant now) {
        ZSetOperations<String, String> zset = redis.opsForZSet();
        zset.add(key, id.value(), now.toEpochMilli());
        zset.removeRangeByScore(
                key, Double.NEGATIVE_INFINITY, now.minus(expiry.handoff()).toEpochMilli());
        redis.expire(key, expiry.handoff());
    }

    private List<ConversationId> members(String key) {
        Set<String> members = redis.opsForZSet().range(key, 0, -1);
        return members == null
                ? List.of()
                : members.stream().map(ConversationId::new).toList();
    }
}
