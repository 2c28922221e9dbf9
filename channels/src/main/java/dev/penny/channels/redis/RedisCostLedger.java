package dev.penny.channels.redis;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.cost.BudgetVerdict;
import dev.penny.core.cost.CostEvent;
import dev.penny.core.cost.CostKind;
import dev.penny.core.cost.CostLedger;
import dev.penny.core.cost.CostTotals;
import dev.penny.core.cost.LlmBudget;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Costs in Redis: integer micro-dollars and units per {@link CostKind}, added with {@code HINCRBY} to the
 * conversation's hash and to the day's, so events recorded on any node at once are all counted. The schema is in
 * {@link RedisKeys}.
 */
final class RedisCostLedger implements CostLedger {

    private static final String UNITS = ":units";
    private static final String MICRO_DOLLARS = ":micro_usd";

    private final StringRedisTemplate redis;
    private final Clock clock;
    private final Duration conversationRetention;
    private final int daysKept;

    /**
     * @param conversationRetention a conversation's totals are forgotten this long after its last event
     * @param daysKept daily totals are kept for today and the {@code daysKept - 1} days before it
     */
    RedisCostLedger(StringRedisTemplate redis, Clock clock, Duration conversationRetention, int daysKept) {
        this.redis = Objects.requireNonNull(redis, "redis");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.conversationRetention = Objects.requireNonNull(conversationRetention, "conversationRetention");
        if (conversationRetention.toMillis() <= 0 || daysKept < 1) {
            throw new IllegalArgumentException("conversationRetention must be positive and daysKept at least 1");
        }
        this.daysKept = daysKept;
    }

    @Override
    public void record(CostEvent event) {
        recordAll(List.of(event));
    }

    @Override
    public void recordAll(List<CostEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        String day = RedisKeys.dailyCost(today);
        Duration dayLeft = Duration.between(
                now, today.plusDays(daysKept).atStartOfDay(clock.getZone()).toInstant());
        // Pipelined, not transactional: each HINCRBY is atomic on its own, and the keys live in different slots.
        redis.executePipelined((RedisCallback<Object>) connection -> {
            for (CostEvent event : events) {
                add(connection, RedisKeys.cost(event.conversationId()), event, conversationRetention);
                add(connection, day, event, dayLeft);
            }
            return null;
        });
    }

    @Override
    public CostTotals conversationTotals(ConversationId id) {
        return totals(RedisKeys.cost(id));
    }

    @Override
    public CostTotals dailyTotals(LocalDate day) {
        LocalDate oldestKept = LocalDate.now(clock).minusDays(daysKept - 1L);
        return day.isBefore(oldestKept) ? CostTotals.NONE : totals(RedisKeys.dailyCost(day));
    }

    @Override
    public BudgetVerdict checkLlmBudget(ConversationId id, LlmBudget budget, long plannedMicroDollars) {
        return budget.check(conversationTotals(id), dailyTotals(LocalDate.now(clock)), plannedMicroDollars);
    }

    private static void add(RedisConnection connection, String key, CostEvent event, Duration timeToLive) {
        byte[] rawKey = bytes(key);
        String kind = field(event.kind());
        connection.hashCommands().hIncrBy(rawKey, bytes(kind + UNITS), event.units());
        connection.hashCommands().hIncrBy(rawKey, bytes(kind + MICRO_DOLLARS), event.microDollars());
        connection.keyCommands().pExpire(rawKey, timeToLive.toMillis());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private CostTotals totals(String key) {
        Map<String, String> fields = redis.<String, String>opsForHash().entries(key);
        Map<CostKind, Long> units = new EnumMap<>(CostKind.class);
        Map<CostKind, Long> microDollars = new EnumMap<>(CostKind.class);
        for (CostKind kind : CostKind.values()) {
            String name = field(kind);
            units.put(kind, parse(fields.get(name + UNITS)));
            microDollars.put(kind, parse(fields.get(name + MICRO_DOLLARS)));
        }
        return new CostTotals(units, microDollars);
    }

    private static String field(CostKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private static long parse(String value) {
        return value == null ? 0L : Long.parseLong(value);
    }
}
