package dev.penny.channels.redis;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.handoff.AgentId;
import dev.penny.core.handoff.Claim;
import dev.penny.core.handoff.HandoffExpiry;
import dev.penny.core.handoff.HumanHandoff;
import dev.penny.core.handoff.LeftMessage;
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
 */
final class RedisHumanHandoff implements HumanHandoff {

    private final StringRedisTemplate redis;
    private final Clock clock;
    private final HandoffExpiry expiry;
    private final RedisHandoffRecords records;
    private final RedisAgentPresence presence;
    private final RedisLeftMessages leftMessages;

    RedisHumanHandoff(StringRedisTemplate redis, Clock clock, HandoffExpiry expiry) {
        this.redis = Objects.requireNonNull(redis, "redis");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.expiry = Objects.requireNonNull(expiry, "expiry");
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
        index(RedisKeys.queue(), id, now);
        return true;
    }

    @Override
    public List<WaitingConversation> queue() {
        return members(RedisKeys.queue()).stream()
                .flatMap(id -> records.waiting(id).stream())
                .sorted(Comparator.comparing(WaitingConversation::waitingSince))
                .toList();
    }

    @Override
    public Optional<Claim> claim(ConversationId id, AgentId agent) {
        Instant now = clock.instant();
        if (!records.claim(id, agent, now)) {
            return Optional.empty();
        }
        redis.opsForZSet().remove(RedisKeys.queue(), id.value());
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
    public Optional<Claim> release(ConversationId id) {
        Optional<Claim> ended = records.release(id);
        redis.opsForZSet().remove(RedisKeys.queue(), id.value());
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
    public void leaveMessage(LeftMessage message) {
        leftMessages.add(message);
    }

    @Override
    public List<LeftMessage> leftMessages() {
        return leftMessages.all();
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
